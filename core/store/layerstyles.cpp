#include "store/layerstyles.h"
#include "text.h"
#include "model/assetstatus.h"
#include "model/catalog.h"
#include "store/assetstore.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"

#include "choroplethscale.h"


namespace gc::core {

namespace {

// QGIS's colour: "r,g,b,a" of an 0xRRGGBB (any alpha byte in it is not used: the symbols are opaque).
QString rgba(unsigned rgb)
{
    return QStringLiteral("%1,%2,%3,255").arg((rgb >> 16) & 0xff).arg((rgb >> 8) & 0xff).arg(rgb & 0xff);
}

QString xmlEscape(QString s)
{
    return s.replace(QLatin1Char('&'), QStringLiteral("&amp;"))
        .replace(QLatin1Char('<'), QStringLiteral("&lt;"))
        .replace(QLatin1Char('>'), QStringLiteral("&gt;"))
        .replace(QLatin1Char('"'), QStringLiteral("&quot;"))
        .replace(QLatin1Char('\''), QStringLiteral("&apos;"));
}

QString option(const char *name, const QString &value)
{
    return QStringLiteral("<Option type=\"QString\" name=\"%1\" value=\"%2\"/>").arg(QLatin1String(name), xmlEscape(value));
}

// The marker shape follows the category (QGIS's own shape names), so a sign and a bench differ at a glance.
QString shapeExpression()
{
    static const char *const shapes[] = {"square", "circle", "diamond", "triangle", "pentagon", "hexagon", "star", "cross_fill",
                                         "arrowhead", "half_square", "trapezoid", "octagon"};
    QString e = QStringLiteral("CASE");
    int i = 0;
    for (const CatalogEntry &c : catalog::categories())
        e += QStringLiteral(" WHEN \"category\" = '%1' THEN '%2'").arg(QLatin1String(c.code), QLatin1String(shapes[i++ % std::size(shapes)]));
    return e + QStringLiteral(" ELSE 'circle' END");
}

QString markerSymbol(int index, unsigned fill, double size, bool shapeByCategory)
{
    QString dd;
    if (shapeByCategory)
        dd = QStringLiteral("<data_defined_properties><Option type=\"Map\">%1<Option type=\"Map\" name=\"properties\"><Option type=\"Map\" name=\"name\">"
                            "<Option type=\"bool\" name=\"active\" value=\"true\"/>%2<Option type=\"int\" name=\"type\" value=\"3\"/>"
                            "</Option></Option>%3</Option></data_defined_properties>")
                 .arg(option("name", QString()), option("expression", shapeExpression()), option("type", QStringLiteral("collection")));
    return QStringLiteral("<symbol type=\"marker\" name=\"%1\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">"
                          "<layer class=\"SimpleMarker\" enabled=\"1\" pass=\"0\" locked=\"0\"><Option type=\"Map\">%2%3%4%5%6%7%8</Option>%9</layer></symbol>")
        .arg(index)
        .arg(option("color", rgba(fill)), option("name", QStringLiteral("circle")), option("outline_color", QStringLiteral("255,255,255,255")),
             option("outline_style", QStringLiteral("solid")), option("outline_width", QStringLiteral("0.2")),
             option("size", QString::number(size)), option("size_unit", QStringLiteral("MM")), dd);
}

QString fillSymbol(int index, unsigned fill)
{
    return QStringLiteral("<symbol type=\"fill\" name=\"%1\" alpha=\"0.75\" clip_to_extent=\"1\" force_rhr=\"0\">"
                          "<layer class=\"SimpleFill\" enabled=\"1\" pass=\"0\" locked=\"0\"><Option type=\"Map\">%2%3%4%5%6</Option></layer></symbol>")
        .arg(index)
        .arg(option("color", rgba(fill)), option("outline_color", QStringLiteral("55,71,79,255")), option("outline_style", QStringLiteral("solid")),
             option("outline_width", QStringLiteral("0.4")), option("style", QStringLiteral("solid")));
}

// Korean names (NanumGothic, installed with the app) with a white halo; `maxScale` is the largest scale
// denominator at which they show (QGIS writes the visible range as scaleMin/scaleMax, most zoomed in first).
QString labeling(const QString &field, double fontSize, int maxScale)
{
    return QStringLiteral("<labeling type=\"simple\"><settings calloutType=\"simple\">"
                          "<text-style fieldName=\"%1\" isExpression=\"0\" fontFamily=\"NanumGothic\" fontSize=\"%2\" fontSizeUnit=\"Point\" "
                          "textColor=\"33,33,33,255\" textOpacity=\"1\" namedStyle=\"Regular\">"
                          "<text-buffer bufferDraw=\"1\" bufferSize=\"0.8\" bufferSizeUnits=\"MM\" bufferColor=\"255,255,255,255\" bufferOpacity=\"1\"/>"
                          "</text-style><placement placement=\"6\" dist=\"1\" distUnits=\"MM\"/>"
                          "<rendering scaleVisibility=\"%3\" scaleMin=\"1\" scaleMax=\"%4\" obstacle=\"1\" displayAll=\"0\"/></settings></labeling>")
        .arg(field)
        .arg(fontSize)
        .arg(maxScale > 0 ? 1 : 0)
        .arg(maxScale);
}

QString document(const QString &symbology)
{
    return QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
                          "<qgis version=\"3.22.16-Białowieża\" styleCategories=\"Symbology|Labeling\" labelsEnabled=\"1\">%1</qgis>\n")
        .arg(symbology);
}

VoidResult upsertStyle(const SqliteDb &db, const QString &table, const QString &qml, const QString &description)
{
    auto del = db.prepare(QStringLiteral("DELETE FROM layer_styles WHERE f_table_name = ?1 AND styleName = ?2"));
    if (!del)
        return del.error();
    del->bind(1, table).bind(2, LayerStyles::kStyleName);
    if (auto r = del->run(); !r)
        return r;
    // One default per layer: ours, unless someone saved another default since (then theirs stays).
    auto st = db.prepare(QStringLiteral(
        "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, styleQML, styleSLD, "
        "useAsDefault, description, owner, ui, update_time) VALUES ('', '', ?1, 'geom', ?2, ?3, '', "
        "NOT EXISTS (SELECT 1 FROM layer_styles WHERE f_table_name = ?1 AND useAsDefault), ?4, 'goodcity', '', "
        "strftime('%Y-%m-%dT%H:%M:%fZ','now'))"));
    if (!st)
        return st.error();
    st->bind(1, table).bind(2, LayerStyles::kStyleName).bind(3, qml).bind(4, description);
    return st->run();
}

} // namespace

QString LayerStyles::assetsQml()
{
    return document(assetsSymbology());
}

QString LayerStyles::dongsQml(const std::vector<double> &breaks)
{
    return document(dongsSymbology(breaks));
}

QString LayerStyles::assetsSymbology()
{
    QString categories, symbols;
    int i = 0;
    for (const CatalogEntry &s : assetStatusEntries()) {
        categories += QStringLiteral("<category render=\"true\" symbol=\"%1\" value=\"%2\" label=\"%3 / %4\"/>")
                          .arg(i)
                          .arg(QLatin1String(s.code), xmlEscape(QString::fromUtf8(s.ko)), xmlEscape(QString::fromUtf8(s.en)));
        symbols += markerSymbol(i, assetStatusRgb(i), 2.6, true);
        ++i;
    }
    const QString renderer = QStringLiteral("<renderer-v2 type=\"categorizedSymbol\" attr=\"status\" symbollevels=\"0\" enableorderby=\"0\" "
                                            "forceraster=\"0\"><categories>%1</categories><symbols>%2</symbols>"
                                            "<source-symbol>%3</source-symbol></renderer-v2>")
                                 .arg(categories, symbols, markerSymbol(0, 0x757575, 2.6, false));
    return renderer + labeling(QStringLiteral("name"), 8, 5000);
}

QString LayerStyles::dongsSymbology(const std::vector<double> &breaks)
{
    // The share per dong comes from the assets layer of the same file at drawing time, so the map
    // follows the rollout; the classes are the data's range when the style was written.
    const QString share = QStringLiteral(
        "100.0 * aggregate('assets', 'count', \"fid\", \"dong_code\" = attribute(@parent, 'adm_code') AND \"status\" IN ('installed', 'verified'))"
        " / max(1, aggregate('assets', 'count', \"fid\", \"dong_code\" = attribute(@parent, 'adm_code') AND \"status\" <> 'cancelled'))");
    const bool fixed = breaks.size() == 6 && breaks.front() == 0 && breaks.back() == 100;
    const QString note = fixed ? render(gc::tx(QT_TRANSLATE_NOOP("gc", "fixed")), Lang::Both) : render(gc::tx(QT_TRANSLATE_NOOP("gc", "data range")), Lang::Both);
    QString ranges, symbols;
    const int n = int(breaks.size()) - 1;
    for (int i = 0; i < n; ++i) {
        ranges += QStringLiteral("<range render=\"true\" symbol=\"%1\" lower=\"%2\" upper=\"%3\" label=\"%4–%5 % (%6)\"/>")
                      .arg(i)
                      .arg(breaks[size_t(i)], 0, 'f', 1)
                      .arg(breaks[size_t(i) + 1], 0, 'f', 1)
                      .arg(breaks[size_t(i)], 0, 'f', 1)
                      .arg(breaks[size_t(i) + 1], 0, 'f', 1)
                      .arg(note);
        symbols += fillSymbol(i, geo::choroplethscale::kRgb[size_t(i)]);
    }
    const QString renderer = QStringLiteral("<renderer-v2 type=\"graduatedSymbol\" attr=\"%1\" graduatedMethod=\"GraduatedColor\" "
                                            "symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\"><ranges>%2</ranges><symbols>%3</symbols>"
                                            "<mode name=\"equal\"/></renderer-v2>")
                                 .arg(xmlEscape(share), ranges, symbols);
    return renderer + labeling(QStringLiteral("name_ko"), 10, 0);
}

Result<std::vector<double>> LayerStyles::dongShares(const SqliteDb &db)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT 100.0 * sum(a.status IN (?1, ?2)) / sum(a.status <> ?3) FROM dongs d JOIN assets a ON a.dong_code = d.adm_code "
        "GROUP BY d.adm_code HAVING sum(a.status <> ?3) > 0"));
    if (!st)
        return st.error();
    st->bind(1, toString(AssetStatus::Installed)).bind(2, toString(AssetStatus::Verified)).bind(3, toString(AssetStatus::Cancelled));
    std::vector<double> out;
    while (st->step())
        out.push_back(st->toDouble(0));
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return out;
}

std::vector<double> LayerStyles::classBreaks(const std::vector<double> &shares)
{
    return geo::choroplethscale::rangeBreaks(shares); // the classes of the app's map and the PDF report
}

VoidResult LayerStyles::write(const SqliteDb &db)
{
    if (!db.tableExists(QStringLiteral("layer_styles"))) {
        // The columns and types QGIS itself creates, so QGIS reads and writes the table as its own.
        if (auto r = db.exec(QStringLiteral(
                "CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, f_table_catalog TEXT(256), f_table_schema TEXT(256), "
                "f_table_name TEXT(256), f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT, "
                "useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30), update_time DATETIME DEFAULT CURRENT_TIMESTAMP);"));
            !r)
            return r;
    }
    if (auto r = db.exec(QStringLiteral("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description) "
                                        "VALUES ('layer_styles', 'attributes', 'layer_styles', 'QGIS 기본 스타일 / QGIS default styles')"));
        !r)
        return r;
    if (db.tableExists(QStringLiteral("assets"))) {
        if (auto r = upsertStyle(db, QStringLiteral("assets"), assetsQml(),
                                 render(gc::tx(QT_TRANSLATE_NOOP("gc", "colour by status, shape by category, names from 1:5,000")), Lang::Both));
            !r)
            return r;
    }
    if (db.tableExists(QStringLiteral("dongs")) && db.tableExists(QStringLiteral("assets"))) {
        auto shares = dongShares(db);
        if (!shares)
            return shares.error();
        if (auto r = upsertStyle(db, QStringLiteral("dongs"), dongsQml(classBreaks(*shares)),
                                 render(gc::tx(QT_TRANSLATE_NOOP("gc", "installation progress by dong")), Lang::Both));
            !r)
            return r;
    }
    return Ok{};
}

VoidResult LayerStyles::writeToFile(const QString &gpkgPath)
{
    auto db = SqliteDb::open(gpkgPath, SqliteDb::Mode::ReadWrite);
    if (!db)
        return db.error();
    Transaction tx(*db);
    if (!tx.begun())
        return makeError(ErrorCode::Sqlite, tx.beginError());
    if (auto r = write(*db); !r)
        return r;
    return tx.commit();
}

VoidResult LayerStyles::write(AssetStore &store)
{
    if (store.readOnly())
        return makeError(ErrorCode::ReadOnly, gc::tx("%1: %2", store.path(), gc::tx(QT_TRANSLATE_NOOP("gc", "opened read-only"))));
    const SqliteDb &db = StoreAccess::db(store);
    Transaction tx(db);
    if (!tx.begun())
        return makeError(ErrorCode::Sqlite, tx.beginError());
    if (auto r = write(db); !r)
        return r;
    return tx.commit();
}

} // namespace gc::core
