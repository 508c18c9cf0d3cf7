<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddFacilityDialog</name>
    <message>
        <source>Add a facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of the facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (e.g. the park or building)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: %1, %2 (EPSG:5186)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap the map where the facility is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My position (GPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <source>Edited outside the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assets were changed outside the app (QGIS, GDAL); adopting records %2 of them as events, which then sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused (invalid values) stay as they are; %2 fields that conflict with a newer event keep the log&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… first lines only (all of them: goodcity-cli adopt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who adopts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt as history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetCard</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetDetail</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo added (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected: %2 will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status (selected → will change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By current crew (selected → will change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include installed, awaiting review (%1 left as they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over other crews&apos; work (%1 left as they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 verified or cancelled are never reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assign %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignPanel</name>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to a crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or by filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, name or address contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload per crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 assigned (%3 overdue), %4 awaiting review, %5 to redo, %6 verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assign the %n selected on the map…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed, awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assign %n matching the filter…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the last assignment (%n to %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CannotInstallDialog</name>
    <message>
        <source>Cannot install: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for review instead of retaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the photo is right anyway (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why it cannot be installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a photo of the place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo failed its check: retake it, or send it for review with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write at least %1 characters: the office reads this reason beside the failed checks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CannotInstallReport</name>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot install — reported by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew&apos;s memo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo check: not run on this install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew&apos;s reason for sending it anyway: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckResultList</name>
    <message>
        <source>Checking the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The photo passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! The office will look at this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The photo does not pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPS position in this photo (a photo picked from a file usually has none). You can still save: the office checks the place from the photo, and an after photo is compared with the before photo. When you take photos with a camera, turn its location on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: every edit the devices sent was made seeing the ones before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged by the server on %1: two edits, neither made seeing the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentPage</name>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted — waiting for the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has issues — please fix and resubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No demand survey is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 facilities need the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code, name, address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add facility…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the design office opens a survey, this department&apos;s facilities appear here, with an Excel template to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>a replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cannot-install report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new place proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished: %1 %2 — kept when the app closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished: %1 %2 — not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldPage</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldToolBar</name>
    <message>
        <source>Everything sent to the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent to the office</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved safely on this tablet; sync sends them when there is a signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this tablet only (no server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on this tablet only (no server)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldWorkspace</name>
    <message>
        <source>Proposal saved; it waits for the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search code, name, address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterMenuButton</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstSyncProgress</name>
    <message>
        <source>The inventory could not be received yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving photos: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Receiving the assets: %n so far. The first time takes a minute or two; keep the app open.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryErrorBanner</name>
    <message>
        <source>The inventory could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the office server to receive this tablet&apos;s inventory, or open the inventory file the office gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this tablet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerDelegate</name>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n features</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill colour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line colour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file (e.g. EPSG:5174)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>Add a GIS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIS files (*.gpkg *.shp *.geojson *.json *.kml *.kmz *.fgb *.gml *.tif *.tiff *.jp2 *.vrt *.img)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top layer is drawn over the others. Tap a layer for its style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basemaps (*.mbtiles *.gpkg *.xml *.tif *.tiff *.vrt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basemap…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>%1 of %2 assets on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share verified by dong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles: clusters, coloured by their most common status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more without a place (vehicles): in the lists, not on the map</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalSignInList</name>
    <message>
        <source>Crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you record stays on this tablet, under your name, until a server is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Good City Geumcheon — brand rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good City Geumcheon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out with changes not sent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on this tablet have not reached the office yet. They stay here and are sent when %1 signs in again on this tablet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select with a box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select with a lasso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour dongs by share verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPSG:5186 %1, %2
%3°N %4°E</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assets selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Assign work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeDashboard</name>
    <message>
        <source>Assets in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 (cancelled excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · plan %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost estimate (thousand won)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress against the plan (%1 – %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress by dong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By dong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New places (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenSurveyDialog</name>
    <message>
        <source>Open a demand survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (e.g. 2027 first half)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of facility (none ticked: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open survey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoCapture</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has no camera. Choose a photo file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a photo file (JPEG or PNG): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type the photo&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the photo files…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoFrame</name>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>This photo cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the original photo… the small copy shows meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original photo is not on this device and cannot be fetched now (offline or not signed in): this is the small copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s original cannot be shown (%1): this is the small copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message numerus="yes">
        <source>%n proposal(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposePlaceDialog</name>
    <message>
        <source>Propose a new place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point under the map&apos;s cross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is there, who manages it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2 assets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2 labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrScanDialog</name>
    <message>
        <source>Find an asset by its label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of the QR label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type the code on the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crew sees this comment with the asset and does the work again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong, e.g. the mark is crooked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment to reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back to the crew</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplacementDialog</name>
    <message>
        <source>Photo before replacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo after replacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log replacement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another after photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for review instead of retaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the photo is right anyway (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file that is not a photo (JPEG or PNG) cannot be sent for review: retake it or choose another photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write at least %1 characters: the office reads this reason beside the failed checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this replacement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photos and the note entered here are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (UTF-8, Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoJSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR label sheet (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials and budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost %1 thousand won of the %2 thousand won budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price (won)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (thousand won)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The assignment filter (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The map selection (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last assignment batch (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>QGIS project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress report and the QGIS project cover the whole rollout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewFindings</name>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo check: not run on this install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew&apos;s memo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew&apos;s reason for sending it anyway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s own check of the %1 photo: %2 (the tablet said %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>Nothing awaits review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: sent back to the crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision taken back: awaiting review again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the crew (optional when approving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No after photo: approval needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A approve · R reject · U undo · ↑/↓ or J/K: previous and next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteMap</name>
    <message>
        <source>Show all assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only %1&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleBar</name>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSignInForm</name>
    <message>
        <source>Office server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address, e.g. https://office.example:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office certificate (only if the office signs its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow unencrypted http:// (test networks only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetFiles</name>
    <message>
        <source>Save the survey template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a filled survey sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey sheets (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full path of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Good City Geumcheon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No office server yet? The tablet works fully without one; what you record is kept here and sent when a server is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later — work on this device only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to an office server instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving this tablet&apos;s inventory from the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in ended; sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet has no inventory yet. Open the inventory file the office gave you (a .gpkg file), or sign in to the office server to receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an inventory file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPane</name>
    <message>
        <source>Who is working today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crew members in this inventory yet. Ask the office to add you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Submit to the design office?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends %2 facilities, %3 of them needing the mark. The sheet cannot be changed until the office answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyPanel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No demand survey yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all kinds of facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed rows: %1 match an asset by code, %2 by place, %3 new · %4 overlap another department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New survey…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyReconciliationList</name>
    <message>
        <source>Code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 within %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation with the inventory (all departments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation with the inventory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed, %1 mark(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same place as: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyReviewDialog</name>
    <message>
        <source>Approve the sheet of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the sheet of %1 back to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the sheet of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval turns every needed row into a new or updated asset of the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department sees this comment on its sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyRowDelegate</name>
    <message>
        <source>New facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveySubmissionList</name>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, %2 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlap another department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has issues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusChip</name>
    <message numerus="yes">
        <source>%n conflict(s) for the office</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedEditsDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet of %1 has changes that are not saved yet. Save them before you go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkListPane</name>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code, name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s), nearest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s), by due date (no position yet)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s route: %n stop(s) · %1 km in a straight line</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sent back by the office: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gc</name>
    <message>
        <source>to be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot go from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category; allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown attachment method; allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown design variant; allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status; allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority must be 1 (high) to 3 (low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of marks must be 0 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date must be YYYY-MM-DD; this looks like an Excel date serial (%1): write the cell as the text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date must be YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vehicle needs its plate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the asset has no location (coordinates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a dong of Geumcheon-gu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the location lies outside Geumcheon-gu (check the CRS, e.g. --s-srs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable geometry for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export over the inventory itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up the coordinate transformation / %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write asset #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several layers; choose one with --layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns not imported (use --map SRC=DEST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no category column; name it with --map COLUMN=category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot transform the CRS to EPSG:5186</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CRS the file names is unknown; give it with --s-srs, e.g. EPSG:5186</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed; use one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use yes/no (1/0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coordinates have no CRS; give one with --s-srs, e.g. EPSG:5186</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CRS given: coordinates read as EPSG:4326 lon/lat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both X and Y are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer has no CRS; give one with --s-srs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinate transformation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code appears twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code is already in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rows to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be gu or dong=NAME (e.g. dong=가산동)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the district boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a dong of Geumcheon-gu; one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a range within 0-%1 such as 12-19</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expand a paletted raster first (gdal_translate -expand rgba)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reproject to Web Mercator (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the tiles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a .mbtiles or .gpkg file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tiles to package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tile usage policy of tile.openstreetmap.org forbids bulk downloading; package from a source that allows it (your own tile server, VWorld under its terms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot build the lower zoom levels (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will not overwrite the inventory itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1: field &apos;%2&apos; is not valid%5 (&apos;%3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a NUL character (\u0000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid Unicode (a lone surrogate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than %1 entries (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SHA-256 (64 lowercase hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of this kind: only a short text, a number or true/false may ride along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;kind&apos; is not a kind of event this product defines (&apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;payload&apos; is %1 bytes, over this kind&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device &apos;%1&apos; has its clock at %2, %4 min ahead of the reference clock %3 (at most %5 min allowed); set that device&apos;s date and time right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only and was not changed; make it writable or work on a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full or a file-size limit was hit; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty, not an inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file exists; it will not be overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such asset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs_attention needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in data missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transform failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty database, not an inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only and needs a schema upgrade; make it writable or open a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assets missing or wrong in the spatial index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 index entries point to no asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 used %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row not produced by the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from its event log in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the log but missing from the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo row not produced by the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from its event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash mismatch (file damaged): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the log but missing from the table</source>
        <comment>inventoryverifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the layer list (read-only?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the layer list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no layer &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour by status, shape by category, names from 1:5,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installation progress by dong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another row has the same code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an asset with %1 photos cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted outside the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts with a newer event; not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rewritten from the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <comment>outsideedits</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <comment>outsideedits</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict, the log stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no store part registered for schema %1 (link gc_core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a GeoPackage (SQLite) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a GeoPackage (its application_id is not GPKG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this GeoPackage is not a goodcity inventory; bring its features in with `goodcity-cli import`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer goodcity (schema %1); this version reads up to schema %2. Update goodcity; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file (read-only?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to schema %1 failed; the file is unchanged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the survey needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline &apos;%1&apos; must be YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category or design variant: %1; categories: %2; variants: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the survey is already closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the survey &apos;%1&apos; is closed and takes no more answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no asset has this code; leave it empty for a facility not yet in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this survey; allowed: %2</source>
        <comment>category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from the category of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this survey; allowed: %2</source>
        <comment>variant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a needed facility takes 1 to 1000 marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the location lies outside Geumcheon-gu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicles need their inventory code; register a new vehicle first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a facility not yet in the inventory needs a location (map pick or X/Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet cannot change while it is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision is one of has_issues, approved, rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a submitted sheet can be reviewed; this one is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has_issues and rejected need a comment for the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL has no XLSX driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a spreadsheet GDAL can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &apos;%2&apos; column; keep the template&apos;s header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write 필요 (needed) or 불필요 (not needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such photo file beside the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code appears twice in the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only XLSX or CSV files are taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 differs from the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows in the log but missing from the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress %1 (classes on data range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress %1 (fixed classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown coordinate reference system &quot;%1&quot;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transformation from %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basemap file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL cannot open it as a basemap raster (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a raster without a CRS and georeferencing cannot be a basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a raster GDAL can read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no raster bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %2×%3 pixel raster without overviews would stall the map; build overviews with `gdaladdo &quot;%1&quot;` and add it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown CRS &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the raster does not say its coordinate system; set the CRS in the layer settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the raster has no georeferencing (no world file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up reprojection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>the system&apos;s reason a file cannot be read</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8: read as CP949</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 or holds broken characters (mojibake); for a CP949 (Excel) file use --encoding CP949</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot map in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is always Unicode; the encoding %2 was not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no .cpg and not UTF-8: read as CP949</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read as a %1 file; check that the extension matches the contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a table or vector file GDAL can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (0 bytes); get the file again with its contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a GIS file GDAL can read%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 features could not be read and were skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot map in memory</source>
        <comment>vectorlayer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not say its coordinate system (no .prj); set the CRS in the layer settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no vector layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no field &quot;%1&quot; for labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error while reading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 features could not be reprojected and were skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 2 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s store is unavailable right now; nothing was lost, sync again in a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request line and headers exceed %1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request head is not well-formed HTTP/1.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a Content-Length (chunked bodies are not accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a valid login a request carries at most %1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body exceeds %1 KB (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use POST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in first (no bearer token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session expired or is not valid; log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo is named by its SHA-256 (64 lowercase hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such endpoint: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the office reviews conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no such photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rendition is one of thumb, preview, original, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many failed logins; try again in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many logins in progress; try again in 1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an admin unlocks a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send {&quot;user&quot;: NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 events per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;after&apos; is a whole number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;limit&apos; is a whole number ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;offset&apos; and &apos;total&apos; are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photos are limited to %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the office reviews photo verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict for this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password needs at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium failed to initialise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory while hashing the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a server store (no %2); run `goodcity-server --store FILE init` first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists; it will not be overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server store file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo %1: another user is uploading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo %1: the server holds %2 bytes; resume there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo %1: longer than its declared %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo %1: the received file&apos;s SHA-256 differs; send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed photo name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PEM certificate in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an unencrypted PEM private key (RSA, EC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1:%2 (port in use?): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option: --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a goodcity store; run `goodcity-server --store URL init` first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no store_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goodcity store already exists here; it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot enable the PostGIS extension: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo %1: the received file&apos;s SHA-256 is %2; send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is receiving other large requests; send it again shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created an empty store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded %3 events and %4 photos from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 photo files are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of admin, office, crew, department, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the department role needs --department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user name has no spaces and at most 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added user %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1&apos;s password and ended all its sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled %1 and ended all its sessions; `user passwd` enables it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended %2 sessions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole minutes ≥ 1 (not &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: plain HTTP; passwords and tokens cross the network readable. Use --tls-cert/--tls-key or put a TLS reverse proxy in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 127.0.0.1:8080 (not &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option given more than once: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo %1: you already have %2 unfinished photo uploads (at most %3); finish one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo %1: your unfinished photo uploads would exceed %2 MB together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ko or en, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected WxH such as 1280x800, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the photo: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no inventory is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no inventory is open</source>
        <comment>fieldcontroller</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no asset matches the label (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no QR label could be read; take it closer or type the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the NMEA log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NMEA log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name who adopts the edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopted %1 assets as %3 events by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo file dialog cannot open (%1: %2). Pick the photo from the list below or type its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the server address and the inventory first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the certificate: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received changes could not be used and were set aside: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PIN is %1 to %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user named %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from the event log</source>
        <comment>fieldstorepart</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from the event log</source>
        <comment>fieldstorepart2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows in the log are missing from the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %2 is not a JPEG or PNG photo — retake it or choose another: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a review request needs a reason of at least %1 characters why the photo is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a before photo is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an after photo is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose an attachment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of marks is 1 to 99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;other&apos; needs a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo of the place is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the place is outside Geumcheon-gu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo of the place is needed</source>
        <comment>fieldwork</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept: choose one of the two conflicting edits, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this conflict was already settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both edits are not on this device yet: sync first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the dashboard summary: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Korean font NanumGothic is missing; install fonts-nanum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no assets match the filter; no labels were made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not awaiting review (it is %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot approve: there is no after photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rejection needs a comment for the crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority is 1 (high) to 3 (low), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan was made for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such assignment batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no review decision to undo: the status changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such proposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposal was already decided (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a department of the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the place is declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rollout plan setting &apos;%1&apos; is not valid: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the reference mark %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode the reference mark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference mark %1 is almost entirely transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference mark %1 has too little detail to be found in photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo is too small (%1×%2); each side must be at least %3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JPEG or PNG: EXIF not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read EXIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read EXIF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write EXIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write EXIF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original is kept as it came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the rendition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the rendition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a damaged file holds this name; it is not overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not store the photo: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the photo: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no asset %1 in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed photo name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this inventory is a copy of another server store (%2), so it does not sync with this server (store %3); start from a copy of this server&apos;s inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was cut off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %2 of the answer&apos;s %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not whole JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted: the password and token would cross the network readable. Use https://, or add --insecure on a network you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server (%1) is reachable but no whole answer came in %2 tries (the network cut it); nothing waiting to be sent was lost: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the server (%1) after %2 tries; nothing waiting to be sent was lost: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login: the server&apos;s answer holds no session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who am I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer (%1) names no store id; nothing was changed, the next sync asks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo %1: the server asked %2 times in a row to resume elsewhere; the next sync tries again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes were kept on this device, not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending %1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending %1 changes (the server may have stored them; sent again by the next sync, each is stored once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server acknowledged %2 of %1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving changes: the server&apos;s answer lacks its events or cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 was not merged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo&apos;s name is not a SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s copy of photo %1 has a different SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s copy of photo %1 (%2) is not usable here: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo %1 is not on the server yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no assets were edited outside the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be adopted, %2 are refused; --yes records them as events by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopted %2 assets as %3 events by %4, %5 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected, to be assigned to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by status: selected → changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by current crew: selected → changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left: %1 installed, awaiting review — --include-installed takes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left: %1 held by other crews — --take-over takes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left: %1 verified or cancelled (never reassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1: %2 assets go back to how they were; --yes records it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left, their status changed since: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date must be YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was changed; --yes records it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already assigned so; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned %1 to %2 (batch %3; undo with --undo %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign to a crew: counts by status and crew first, written only with --yes; installed and other crews&apos; work only when asked (exit 1: shown, not written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required
usage: goodcity-cli %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a .mbtiles or .gpkg file</source>
        <comment>basemapcommand</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled, nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package an area&apos;s basemap for offline use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ISO date-time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--slot must be before, after, problem or proposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--before compares an after photo only (--slot after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the preview %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no photos (*.jpg, *.png) in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check one photo as its slot&apos;s photo (default after): mark, sharpness, exposure, duplicate, place, time, QR (exit 0 pass, 1 review/fail, 2 unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check every photo in a folder on all cores; writes a CSV and JSON summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good City Geumcheon rollout inventory

Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: %1 (goodcity-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sub-command: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sub-command is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF report and the QGIS project cover the whole rollout; use --filter with xlsx, csv, gpkg or geojson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date must be YYYY-MM-DD, not &apos;%1&apos;</source>
        <comment>exportcommand</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QGIS project and a copy of the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress report, %2 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported %2 assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 labels on %3 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a printable PDF of asset QR labels (A4, 3 × 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export assets, the PDF progress report or a QGIS project (--out is a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value; allowed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a dong of Geumcheon-gu</source>
        <comment>filteroption</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (category, status, method, dong, department, text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected SRC=DEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 bad values — nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %2 of %3 rows (layer %4, %5, %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 1 to 10,000,000, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo inventory with %2 assets, %3 events (%4 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total: %2 assets, %3 events, %4 photos
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 assets edited outside the log — run `goodcity-cli adopt %1 --actor NAME`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 problems found, the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok — %2 assets, %3 events replay to the stored tables, %4 photos present with the right hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no survey yet; open one with `survey open`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such survey: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <comment>surveycommand</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within %1 m: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same place as: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows overlap another department&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template written for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 bad values — nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took all %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <comment>surveycommand</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%3 assets created or updated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unsent changes and photos stay in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pulled items this file could not use, set aside in the table gc_sync_aside:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one sync round with goodcity-server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a crew cannot set the status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the asset is not assigned to this crew (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a crew cannot change &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown attachment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of marks is 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this survey belongs to another department (&apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this asset belongs to another department (&apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the survey is closed or does not exist; its rows cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office already decided on this sheet (%1); its rows cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, event %3 &apos;%4&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo&apos;s sha256 is not 64 hex digits (&apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo another person (&apos;%1&apos;) added is not yours to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events in another person&apos;s name are not yours to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this place was proposed by another person (&apos;%1&apos;, proposal_id &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this photo was uploaded to the server by another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a crew logs installs and replacements, problems, photos and proposals only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a crew files photos of the assets assigned to it only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a department writes its own surveys only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>assign</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey opened, deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the %2 file: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the before photo to a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <comment>compass</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NE</source>
        <comment>compass</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <comment>compass</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE</source>
        <comment>compass</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <comment>compass</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SW</source>
        <comment>compass</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <comment>compass</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NW</source>
        <comment>compass</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>chart date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <comment>chart legend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed (incl. awaiting review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo decoded (%1×%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo is too small (long side %1 px, at least %2 px) — retake it or send the original size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo is too small to measure sharpness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo is blurred — focus, hold still and retake it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo is somewhat soft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sharp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo is too dark — retake it with more light or the flash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo is blown out — avoid the direct light and retake it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo is rather dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo is rather bright (some areas blown out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exposure is fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mark is well exposed (the background is dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mark is well exposed (the background is bright)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new brand mark is already visible on the before photo — make sure it shows the asset before the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new brand mark yet (the state before the work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brand mark found (%1 matching points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole mark must be in the picture — step back and retake with all of the mark inside the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new brand mark is not visible — retake with the whole mark large in the frame, from nearer the front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the superseded mark is visible (the state before the work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no superseded mark visible (not every asset has one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the superseded mark is still visible — remove it and retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no superseded mark visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another asset (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a place proposal%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a department survey photo%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another photo%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no photos to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearly identical to a photo filed for %1 — take this asset&apos;s own photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same photo is already filed for this asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no other asset has a matching photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same place as the before photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sure this is the place of the before photo; shoot from the same spot and direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too little of the surroundings to compare with the before photo — step back so more of them is in the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this does not look like the place of the before photo — retake from the same spot and direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no before photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the before photo cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the asset has no position to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo has no GPS position — turn location on and retake it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken %1 m from the asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken %1 m from the asset (limit %2 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken %1 m from the asset — retake it standing at this asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no work window or before photo to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo has no capture time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken before the before photo — retake it after the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken before the work window opened — retake it on site today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken after the work window closed — tell the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken inside the work window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no QR label visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a QR label is visible but cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR label reads %1 (no asset to compare with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the QR label names this asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the QR label names another asset (%1) — check this is the right asset and retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no superseded mark configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the before photo of this replacement is not on the server: same place not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the before photo is not uploaded yet: same place not checked; judged again when it arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced: sent %1, received %2, photos ↑%3 ↓%4, conflicts %5, pending %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes by %2 wait on this device for %2 to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is out of range (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lies outside Geumcheon-gu (EPSG:5186 %1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;hlc&apos; %1 is older than the asset&apos;s creation (%2): the change would never apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;asset_uuid&apos; %1 is an asset that exists already (%2): change it with asset.updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;asset_uuid&apos; %1 is no asset of this inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1: the place (%2, %3) is no point a map can hold; not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo&apos;s image data is damaged or missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gc::ui::ConflictsController</name>
    <message>
        <source>Not on this tablet yet: sync, then open the list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kept %2&apos;s edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gc::ui::OfficeController</name>
    <message>
        <source>Added as a new asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back to the crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) assigned to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision taken back: awaiting review again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no crew)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date: write it as YYYY-MM-DD (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) back to how they were before the assignment</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as they are (their status changed since): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gc::ui::ReviewQueueModel</name>
    <message>
        <source>taken with the app&apos;s camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picked from a file on the tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how it came in is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, taken %1, %n day(s) before it was filed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, taken %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gc::ui::Session</name>
    <message>
        <source>Crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inventory is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named %1 in this inventory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gc::ui::SurveyController</name>
    <message>
        <source>Submitted to the design office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the photo %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n problem(s) to fix.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bad value(s) — nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: took all %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>photo = &apos;%1&apos;: the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The facility was not added: %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Facility added. Save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gc::ui::SurveyOfficeController</name>
    <message>
        <source>Survey opened: %1 (deadline %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: approved; %n asset(s) created or updated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: sent back with your comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gc::ui::SyncController</name>
    <message>
        <source>“%1” is not a server address; write it as https://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name and the password the office gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and the network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No server — saved on this device only; %n change(s) not sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No server — saved on this device only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Session ended — sign in again to send %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not signed in to the office server; %n change(s) not sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing… photo %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) kept on this device; next try at %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everything sent to the office · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not encrypted: the password would cross the network readable. Use https://, or turn on “Allow unencrypted http://” on a network you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything sent to the office · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts are found by the sync server: sign in to one to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connection broke during: %1 — %n change(s) kept on this device; next try at %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
