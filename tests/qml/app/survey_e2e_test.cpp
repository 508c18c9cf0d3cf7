// The department demand survey end to end in the real app (AppShell: Main.qml in a real window, on a
// copy of the demo inventory), with synthesised taps and typing: the office opens a campaign, a
// department saves the Excel template and imports a filled sheet through Qt's file dialog (a bad sheet
// first: the same row/column errors as the command line, nothing changed), edits, is asked before its
// edits are lost, adds a facility with a map point and a photo, submits after a confirmation; the
// office sends it back with a comment, then approves. Every step is checked in the file afterwards.
#include "appoptions.h"
#include "appshell.h"
#include "photofiles/photostore.h"
#include "store/assetstore.h"
#include "survey/surveydesk.h"
#include "uidriver.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPointer>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

Q_IMPORT_QML_PLUGIN(GoodCityPlugin)

using namespace gc;
using test::byName;
using test::byText;
using test::waitFor;
using test::waitForItem;

namespace {

const QString kDepartment = QStringLiteral("보건소");

struct Desk {
    QTemporaryDir home;
    QString inventory, folder;
    Desk()
    {
        REQUIRE(home.isValid());
        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral(".config")).toUtf8());
        folder = home.filePath(QStringLiteral("Pictures")); // where the app's file dialogs start
        REQUIRE(QDir().mkpath(folder));
        const QString demo = qEnvironmentVariable("GC_DEMO_GPKG");
        REQUIRE_FALSE(demo.isEmpty());
        inventory = home.filePath(QStringLiteral("inventory.gpkg"));
        REQUIRE(QFile::copy(demo, inventory));
    }
    QString path(const QString &name) const { return folder + QLatin1Char('/') + name; }
    void write(const QString &name, const QString &text) const
    {
        QFile f(path(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
    // The file as another program sees it, opened afresh.
    std::unique_ptr<core::AssetStore> file() const
    {
        auto s = core::AssetStore::open(inventory, core::AssetStore::Access::ReadOnly);
        REQUIRE(s.ok());
        return std::move(*s);
    }
};

// The template the app wrote, read back with GDAL's XLSX driver: the header and every row.
struct Sheet {
    QStringList header;
    std::vector<QStringList> rows;
    int column(const QString &name) const { return int(header.indexOf(name)); }
    QStringList codes() const
    {
        QStringList out;
        for (const auto &r : rows)
            out << r[column(QStringLiteral("코드"))];
        return out;
    }
    // As a department fills it in a spreadsheet: every column kept, saved as CSV.
    QString csv() const
    {
        auto line = [](const QStringList &cells) {
            QStringList quoted;
            for (QString c : cells)
                quoted << QLatin1Char('"') + c.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
            return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
        };
        QString out = line(header);
        for (const auto &r : rows)
            out += line(r);
        return out;
    }
};

Sheet readTemplate(const QString &xlsx)
{
    GDALDatasetUniquePtr ds(GDALDataset::Open(xlsx.toUtf8().constData(), GDAL_OF_VECTOR));
    REQUIRE(ds);
    OGRLayer *layer = ds->GetLayer(0); // the sheet; the second one explains the allowed values
    REQUIRE(layer);
    // Every cell is text, so GDAL cannot tell the header row: it is the first row.
    Sheet sheet;
    for (auto &f : *layer) {
        QStringList cells;
        for (int i = 0; i < f->GetFieldCount(); ++i)
            cells << QString::fromUtf8(f->GetFieldAsString(i));
        if (sheet.header.isEmpty())
            sheet.header = cells;
        else
            sheet.rows.push_back(cells);
    }
    REQUIRE(sheet.column(QStringLiteral("코드")) >= 0);
    REQUIRE(sheet.column(QStringLiteral("필요여부")) >= 0);
    REQUIRE(sheet.column(QStringLiteral("부착수량")) >= 0);
    return sheet;
}

// What the user saw at this step, for a person to look at (screenshots/ beside the test).
void shoot(QQuickWindow *w, const QString &name)
{
    QTest::qWait(300); // let a popup's opening transition finish
    QDir().mkpath(QStringLiteral("screenshots"));
    w->grabWindow().save(QStringLiteral("screenshots/survey-%1.png").arg(name));
}

// Picks `fileName` in Qt's own file dialog and presses its `button`.
void pickInFileDialog(QQuickWindow *w, test::Finger &finger, const QString &fileName, const QString &button)
{
    REQUIRE(waitForItem(w, QStringLiteral("fileDialogListView")));
    QQuickItem *file = nullptr;
    REQUIRE(waitFor([&] {
        return (file = test::findItem(w, [&](QQuickItem *i) {
                    return i->objectName().startsWith(QLatin1String("fileDialogDelegate")) && i->property("fileName").toString() == fileName;
                })) != nullptr;
    }));
    finger.tap(file);
    if (!button.isEmpty())
        finger.tap(byText(w, button));
}

// An entry of an open combo box's list (Material draws them as MenuItems).
QQuickItem *comboEntry(QQuickWindow *w, const QString &text)
{
    return test::findItem(w, [&](QQuickItem *i) {
        const QByteArray cls(i->metaObject()->className());
        return (cls.contains("MenuItem") || cls.contains("Delegate")) && i->property("text").toString() == text;
    });
}

// Taps the combo box and waits until its list has finished opening (a tap during the opening
// transition lands beside the entry and closes the list).
void openCombo(QQuickWindow *w, test::Finger &finger, const QString &combo)
{
    QQuickItem *box = waitForItem(w, combo);
    REQUIRE(box);
    QObject *popup = box->property("popup").value<QObject *>();
    REQUIRE(popup);
    // A tap during a dialog's or page's opening transition can miss: tap again, a bounded number of times.
    for (int attempt = 0; attempt < 5 && !popup->property("opened").toBool(); ++attempt) {
        finger.tap(box);
        waitFor([&] { return popup->property("opened").toBool(); }, 3000);
    }
    INFO("opening " << combo.toStdString());
    REQUIRE(popup->property("opened").toBool());
}

void chooseInCombo(QQuickWindow *w, test::Finger &finger, const QString &combo, const QString &text)
{
    openCombo(w, finger, combo);
    QQuickItem *entry = nullptr;
    REQUIRE(waitFor([&] { return (entry = comboEntry(w, text)) != nullptr; }, 10000));
    finger.tap(entry);
    REQUIRE(waitFor([&] { return byName(w, combo)->property("currentText").toString() == text; }, 10000));
    // The list closes with a transition: a tap before it has gone would land on it.
    QObject *popup = byName(w, combo)->property("popup").value<QObject *>();
    REQUIRE(waitFor([&] { return !popup->property("visible").toBool(); }, 10000));
}

QStringList shownProblems(QQuickWindow *w)
{
    QQuickItem *list = byName(w, QStringLiteral("surveyProblems"));
    if (!list)
        return {};
    return list->property("model").toStringList();
}

core::SurveyCampaign currentSurvey(const Desk &desk)
{
    auto s = desk.file();
    const auto c = core::SurveyDesk(*s).current();
    REQUIRE(c);
    return *c;
}

std::optional<core::SurveySubmission> submission(const Desk &desk)
{
    auto s = desk.file();
    return core::SurveyDesk(*s).submission(currentSurvey(desk).surveyId, kDepartment);
}

std::vector<core::SurveyRow> savedRows(const Desk &desk)
{
    auto s = desk.file();
    auto rows = core::SurveyDesk(*s).rows(currentSurvey(desk).surveyId, kDepartment);
    REQUIRE(rows.ok());
    return *rows;
}

void officeOpensSurvey(test::Finger &finger, const Desk &desk)
{
    REQUIRE(finger.tapUntil(QStringLiteral("tab_office"), QStringLiteral("officeTab_survey")));
    REQUIRE(finger.tapUntil(QStringLiteral("officeTab_survey"), QStringLiteral("openSurvey")));
    REQUIRE(finger.tapUntil(QStringLiteral("openSurvey"), QStringLiteral("surveyTitleField")));
    finger.typeInto(QStringLiteral("surveyTitleField"), QStringLiteral("Survey 2027"));
    finger.typeInto(QStringLiteral("surveyDeadlineField"), QStringLiteral("2027-06-30"));
    finger.tap(QStringLiteral("surveyCategory_vehicle"));
    finger.tap(QStringLiteral("surveyCategory_bench"));
    finger.tapUntilGone(QStringLiteral("openSurveyConfirm"));
    REQUIRE(waitFor([&] { return currentSurvey(desk).title == QLatin1String("Survey 2027"); }));
    const auto c = currentSurvey(desk);
    CHECK(c.deadline == QLatin1String("2027-06-30"));
    CHECK(c.state == QLatin1String("open"));
    CHECK(QSet<QString>(c.categories.begin(), c.categories.end()) == QSet<QString>{QStringLiteral("vehicle"), QStringLiteral("bench")});
}

// The template through the save dialog, read back.
Sheet saveTemplate(QQuickWindow *w, test::Finger &finger, const Desk &desk)
{
    REQUIRE(finger.tapUntil(QStringLiteral("surveyTemplate"), QStringLiteral("fileNameTextField")));
    finger.typeInto(QStringLiteral("fileNameTextField"), QStringLiteral("template.xlsx"));
    // Qt 6.4's own dialog labels its accept button "Open" in save mode too.
    QQuickItem *accept = byText(w, QStringLiteral("Save"));
    finger.tap(accept ? accept : byText(w, QStringLiteral("Open")));
    REQUIRE(waitFor([&] { return QFile::exists(desk.path(QStringLiteral("template.xlsx"))); }));
    REQUIRE(waitFor([&] { return byName(w, QStringLiteral("surveyMessage")) != nullptr; }));
    return readTemplate(desk.path(QStringLiteral("template.xlsx")));
}

void importSheet(QQuickWindow *w, test::Finger &finger, const QString &name)
{
    REQUIRE(finger.tapUntil(QStringLiteral("surveyImport"), QStringLiteral("fileDialogListView")));
    pickInFileDialog(w, finger, name, QStringLiteral("Open"));
}

} // namespace

TEST_CASE("Survey end to end in the app: open, template, import with errors, unsaved edits, new facility, submit, review",
          "[app][e2e][survey]")
{
    Desk desk;
    app::AppOptions o;
    o.inventory = desk.inventory;
    o.language = QStringLiteral("en");
    app::AppShell shell(o);
    QQuickWindow *w = shell.window();
    REQUIRE(w);
    w->resize(1280, 800);
    w->show();
    REQUIRE(QTest::qWaitForWindowExposed(w));
    test::Finger finger{w};
    // The office signs in under its own name; it may act for every department (a department's own
    // user sees only its survey, tests/qml/app/app_signin_test.cpp).
    test::signInLocally(w, finger, QStringLiteral("디자인팀"));

    officeOpensSurvey(finger, desk);

    // The department: its template, a bad sheet, then a good one.
    REQUIRE(finger.tapUntil(QStringLiteral("tab_department"), QStringLiteral("departmentBox")));
    chooseInCombo(w, finger, QStringLiteral("departmentBox"), kDepartment);
    Sheet sheet = saveTemplate(w, finger, desk);
    const QStringList codes = sheet.codes();
    REQUIRE(codes.size() >= 3);

    desk.write(QStringLiteral("bad.csv"), QStringLiteral("코드,필요여부,부착수량\n%1,필요,many\n%2,maybe,1\n").arg(codes[0], codes[1]));
    importSheet(w, finger, QStringLiteral("bad.csv"));
    REQUIRE(waitFor([&] { return shownProblems(w).size() == 2; }));
    shoot(w, QStringLiteral("import-errors"));
    const QStringList problems = shownProblems(w);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems[0].contains(QStringLiteral("행 2")));
    CHECK(problems[0].contains(QStringLiteral("부착수량")));
    CHECK(problems[0].contains(QStringLiteral("not a whole number")));
    CHECK(problems[1].contains(QStringLiteral("행 3")));
    CHECK(problems[1].contains(QStringLiteral("필요여부")));
    CHECK(savedRows(desk).empty());
    CHECK_FALSE(submission(desk));

    for (size_t i = 0; i < sheet.rows.size(); ++i) {
        sheet.rows[i][sheet.column(QStringLiteral("필요여부"))] = i == 1 ? QStringLiteral("불필요") : QStringLiteral("필요");
        sheet.rows[i][sheet.column(QStringLiteral("부착수량"))] = i == 0 ? QStringLiteral("2") : QStringLiteral("1");
    }
    desk.write(QStringLiteral("filled.csv"), sheet.csv());
    importSheet(w, finger, QStringLiteral("filled.csv"));
    REQUIRE(waitFor([&] { return savedRows(desk).size() == size_t(codes.size()); }));
    CHECK(submission(desk)->state == QLatin1String("draft"));
    CHECK(savedRows(desk)[0].markCount == 2);
    CHECK_FALSE(savedRows(desk)[1].needed);
    CHECK(savedRows(desk)[0].name == sheet.rows[0][sheet.column(QStringLiteral("명칭"))]); // every column came in

    // Search narrows the rows to one code.
    QQuickItem *rows = waitForItem(w, QStringLiteral("surveyRows"));
    REQUIRE(rows);
    finger.typeInto(QStringLiteral("surveySearch"), codes[2]);
    REQUIRE(waitFor([&] { return rows->property("count").toInt() == 1; }));

    // An unsaved edit: switching department asks; Cancel keeps the edit, the department stays.
    // The row's own "Needed" switch, found inside the delegate that shows codes[2].
    auto neededSwitch = [&]() -> QQuickItem * {
        QQuickItem *row = test::findItem(w, [&](QQuickItem *i) {
            return QByteArray(i->metaObject()->className()).contains("SurveyRowDelegate") && i->property("code").toString() == codes[2];
        });
        if (!row)
            return nullptr;
        std::vector<QQuickItem *> inside;
        test::collectItems(row, inside);
        for (QQuickItem *i : inside)
            if (QByteArray(i->metaObject()->className()).contains("Switch"))
                return i;
        return nullptr;
    };
    REQUIRE(waitFor([&] { return neededSwitch() && neededSwitch()->property("checked").toBool(); }));
    finger.tap(neededSwitch());
    INFO("the Needed switch of the one row shown turns off");
    REQUIRE(waitFor([&] { return neededSwitch() && !neededSwitch()->property("checked").toBool(); }, 10000));
    REQUIRE(waitFor([&] { return byName(w, QStringLiteral("surveySave"))->isEnabled(); }, 10000));
    shoot(w, QStringLiteral("edited"));
    openCombo(w, finger, QStringLiteral("departmentBox"));
    QQuickItem *other = nullptr;
    REQUIRE(waitFor([&] { return (other = comboEntry(w, QStringLiteral("공원녹지과"))) != nullptr; }, 10000));
    finger.tap(other);
    REQUIRE(waitForItem(w, QStringLiteral("unsavedSave"), 10000));
    REQUIRE(waitFor([&] { return !byName(w, QStringLiteral("departmentBox"))->property("popup").value<QObject *>()->property("visible").toBool(); }, 10000));
    shoot(w, QStringLiteral("unsaved-edits"));
    finger.tapUntilGone(QStringLiteral("unsavedCancel"));
    REQUIRE(waitFor([&] { return byName(w, QStringLiteral("unsavedSave")) == nullptr; }, 10000));
    CHECK(byName(w, QStringLiteral("departmentBox"))->property("currentText").toString() == kDepartment);
    CHECK(savedRows(desk)[2].needed); // not saved yet

    // Leaving the page asks too; Save keeps the edit and then goes.
    REQUIRE(finger.tapUntil(QStringLiteral("tab_map"), QStringLiteral("unsavedSave")));
    CHECK(byName(w, QStringLiteral("surveyRows"))); // still on the department page
    finger.tapUntilGone(QStringLiteral("unsavedSave"));
    REQUIRE(waitFor([&] { return !savedRows(desk)[2].needed; }));
    REQUIRE(waitFor([&] { return byName(w, QStringLiteral("surveyRows")) == nullptr; }, 10000)); // on the map now

    // Back: "Saved." belongs to 보건소; another department must not show it.
    REQUIRE(finger.tapUntil(QStringLiteral("tab_department"), QStringLiteral("departmentBox")));
    REQUIRE(byName(w, QStringLiteral("surveyMessage")));
    chooseInCombo(w, finger, QStringLiteral("departmentBox"), QStringLiteral("공원녹지과"));
    CHECK(waitFor([&] { return byName(w, QStringLiteral("surveyMessage")) == nullptr; }, 10000));
    chooseInCombo(w, finger, QStringLiteral("departmentBox"), kDepartment);
    finger.typeInto(QStringLiteral("surveySearch"), QString());
    REQUIRE(byName(w, QStringLiteral("departmentBox"))->property("currentText").toString() == kDepartment);

    // A new facility: a bench at the small map's centre, with a photo of how it looks now.
    QImage photo(800, 600, QImage::Format_RGB32);
    photo.fill(QColor(90, 120, 80));
    REQUIRE(photo.save(desk.path(QStringLiteral("bench.jpg")), "JPEG"));
    REQUIRE(finger.tapUntil(QStringLiteral("surveyAddFacility"), QStringLiteral("facilityCategory")));
    chooseInCombo(w, finger, QStringLiteral("facilityCategory"), QStringLiteral("bench"));
    finger.typeInto(QStringLiteral("facilityName"), QStringLiteral("Clinic bench"));
    QQuickItem *smallMap = waitForItem(w, QStringLiteral("facilityMap"));
    REQUIRE(smallMap);
    REQUIRE(waitFor([&] { return !smallMap->property("loading").toBool() && !smallMap->property("busy").toBool(); }));
    // A tap on the small map places the point there (a little east of the centre) …
    CHECK_FALSE(byText(w, QStringLiteral("Add"))); // no place yet: Add is not offered
    const QPointF east = smallMap->mapToScene(QPointF(smallMap->width() / 2 + 40, smallMap->height() / 2));
    QTest::mouseClick(w, Qt::LeftButton, {}, east.toPoint());
    QQuickItem *placed = nullptr;
    REQUIRE(waitFor([&] { return (placed = test::findItem(w, [](QQuickItem *i) {
                                      return i->inherits("QQuickText") && i->property("text").toString().startsWith(QLatin1String("Location: "));
                                  })) != nullptr; }, 10000));
    const QString tapped = placed->property("text").toString();
    // … and "Map centre" moves it to the map's centre.
    finger.tap(QStringLiteral("facilityMapCentre"));
    REQUIRE(waitFor([&] { return placed->property("text").toString() != tapped; }, 10000));
    finger.tap(byText(w, QStringLiteral("Photo…")));
    // The app's photo picker takes a photo with one tap (no Open), as on the field page.
    pickInFileDialog(w, finger, QStringLiteral("bench.jpg"), QString());
    REQUIRE(waitFor([&] { return byText(w, QStringLiteral("Photo: bench.jpg")) != nullptr; }));
    shoot(w, QStringLiteral("add-facility"));
    finger.tapUntilGone(QStringLiteral("facilityAdd"));
    REQUIRE(waitFor([&] { return byName(w, QStringLiteral("facilityAdd")) == nullptr; }, 10000));

    // Submit asks first, and sends the edits with the sheet.
    REQUIRE(finger.tapUntil(QStringLiteral("surveySubmit"), QStringLiteral("submitConfirm")));
    finger.tapUntilGone(QStringLiteral("submitConfirm"));
    REQUIRE(waitFor([&] { auto s = submission(desk); return s && s->state == QLatin1String("submitted"); }));
    const auto sent = savedRows(desk);
    REQUIRE(sent.size() == size_t(codes.size()) + 1);
    const core::SurveyRow &bench = sent.back();
    CHECK(bench.name == QLatin1String("Clinic bench"));
    CHECK(bench.category == QLatin1String("bench"));
    CHECK(bench.assetCode.isEmpty());
    CHECK(bench.hasLocation);
    REQUIRE(bench.photoSha256.size() == 64);
    CHECK(QFile::exists(core::PhotoStore(desk.file()->photoDir()).pathFor(bench.photoSha256)));

    // The office: reconciliation, has issues (a comment is required), then approval.
    REQUIRE(finger.tapUntil(QStringLiteral("tab_office"), QStringLiteral("officeTab_survey")));
    REQUIRE(finger.tapUntil(QStringLiteral("officeTab_survey"), QStringLiteral("hasIssues_") + kDepartment));
    CHECK(byName(w, QStringLiteral("surveyTotals"))->property("text").toString().contains(QStringLiteral("1 new")));
    shoot(w, QStringLiteral("office-submissions"));
    REQUIRE(finger.tapUntil(QStringLiteral("hasIssues_") + kDepartment, QStringLiteral("surveyReviewConfirm")));
    CHECK_FALSE(byName(w, QStringLiteral("surveyReviewConfirm"))->isEnabled());
    finger.typeInto(QStringLiteral("surveyReviewComment"), QStringLiteral("Add the plate numbers"));
    REQUIRE(waitFor([&] { return byName(w, QStringLiteral("surveyReviewConfirm"))->isEnabled(); }));
    finger.tapUntilGone(QStringLiteral("surveyReviewConfirm"));
    REQUIRE(waitFor([&] { auto s = submission(desk); return s && s->state == QLatin1String("has_issues"); }));
    CHECK(submission(desk)->comment == QLatin1String("Add the plate numbers"));

    REQUIRE(finger.tapUntil(QStringLiteral("tab_department"), QStringLiteral("surveySubmit")));
    REQUIRE(finger.tapUntil(QStringLiteral("surveySubmit"), QStringLiteral("submitConfirm")));
    finger.tapUntilGone(QStringLiteral("submitConfirm"));
    REQUIRE(waitFor([&] { return submission(desk)->state == QLatin1String("submitted"); }));

    REQUIRE(finger.tapUntil(QStringLiteral("tab_office"), QStringLiteral("officeTab_survey")));
    REQUIRE(finger.tapUntil(QStringLiteral("officeTab_survey"), QStringLiteral("approve_") + kDepartment));
    REQUIRE(finger.tapUntil(QStringLiteral("approve_") + kDepartment, QStringLiteral("surveyReviewConfirm")));
    finger.tapUntilGone(QStringLiteral("surveyReviewConfirm"));
    REQUIRE(waitFor([&] { return submission(desk)->state == QLatin1String("approved"); }));
    auto file = desk.file();
    const auto approved = savedRows(desk);
    const core::SurveyRow &made = approved.back();
    REQUIRE_FALSE(made.resultAssetUuid.isEmpty());
    const auto asset = file->asset(made.resultAssetUuid);
    REQUIRE(asset);
    CHECK(asset->category == QLatin1String("bench"));
    CHECK(asset->department == kDepartment);
}
