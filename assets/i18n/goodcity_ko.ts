<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AddFacilityDialog</name>
    <message>
        <source>Add a facility</source>
        <translation>시설물 추가</translation>
    </message>
    <message>
        <source>Photo of the facility</source>
        <translation>시설물 현재 사진</translation>
    </message>
    <message>
        <source>Kind of facility</source>
        <translation>시설물 종류</translation>
    </message>
    <message>
        <source>Name (e.g. the park or building)</source>
        <translation>명칭 (예: 공원, 건물 이름)</translation>
    </message>
    <message>
        <source>Road address</source>
        <translation>도로명주소</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>부착수량</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Location: %1, %2 (EPSG:5186)</source>
        <translation>위치: %1, %2 (EPSG:5186)</translation>
    </message>
    <message>
        <source>Tap the map where the facility is.</source>
        <translation>지도에서 시설물 위치를 누르세요.</translation>
    </message>
    <message>
        <source>Map centre</source>
        <translation>지도 중심</translation>
    </message>
    <message>
        <source>My position (GPS)</source>
        <translation>내 위치 (GPS)</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>사진…</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>사진: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
</context>
<context>
    <name>AssetCard</name>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Dong</source>
        <translation>행정동</translation>
    </message>
    <message>
        <source>Road address</source>
        <translation>도로명주소</translation>
    </message>
    <message>
        <source>Lot address</source>
        <translation>지번주소</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>부착방식</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>AssetDetail</name>
    <message>
        <source>Registered</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>정보 변경</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Photo added (%1)</source>
        <translation>사진 추가 (%1)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>부착방식</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>부착수량</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>디자인</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>Log replacement</source>
        <translation>교체 기록</translation>
    </message>
    <message>
        <source>Cannot install</source>
        <translation>설치 불가</translation>
    </message>
    <message>
        <source>%1 from you</source>
        <translation>현재 위치에서 %1</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to %1</source>
        <translation>%1에 배정</translation>
    </message>
    <message>
        <source>%1 selected: %2 will change</source>
        <translation>선택 %1건 중 %2건 변경</translation>
    </message>
    <message>
        <source>By status (selected → will change)</source>
        <translation>상태별 (선택 → 변경)</translation>
    </message>
    <message>
        <source>By current crew (selected → will change)</source>
        <translation>현재 작업팀별 (선택 → 변경)</translation>
    </message>
    <message>
        <source>Include installed, awaiting review (%1 left as they are)</source>
        <translation>설치 완료 포함 (검수 대기 %1건은 지금 제외)</translation>
    </message>
    <message>
        <source>Take over other crews&apos; work (%1 left as they are)</source>
        <translation>다른 팀 작업 가져오기 (%1건은 지금 제외)</translation>
    </message>
    <message>
        <source>%1 verified or cancelled are never reassigned</source>
        <translation>검수 완료·취소 %1건은 배정하지 않습니다</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n</source>
        <translation>
            <numerusform>%n건 배정</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignPanel</name>
    <message>
        <source>Pan</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>사각형</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>올가미</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Assign to a crew</source>
        <translation>현장팀에 배정</translation>
    </message>
    <message>
        <source>Due date (YYYY-MM-DD)</source>
        <translation>기한 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>…or by filter</source>
        <translation>…또는 조건으로</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>조치 필요</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>모든 분류</translation>
    </message>
    <message>
        <source>Code, name or address contains…</source>
        <translation>코드, 명칭, 주소 포함…</translation>
    </message>
    <message>
        <source>Workload per crew</source>
        <translation>현장팀별 작업량</translation>
    </message>
    <message>
        <source>%1: %2 assigned (%3 overdue), %4 awaiting review, %5 to redo, %6 verified</source>
        <translation>%1: 배정 %2 (기한 초과 %3), 검수 대기 %4, 재작업 %5, 검수 완료 %6</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>기한 초과 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Assign the %n selected on the map…</source>
        <translation>
            <numerusform>지도에서 선택한 %n건 배정…</numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Installed, awaiting review</source>
        <translation>설치됨(검수 대기)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>검수 완료</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n matching the filter…</source>
        <translation>
            <numerusform>조건에 맞는 %n건 배정…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the last assignment (%n to %1)</source>
        <translation>
            <numerusform>마지막 배정 되돌리기 (%1, %n건)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CannotInstallDialog</name>
    <message>
        <source>Cannot install: %1</source>
        <translation>설치 불가: %1</translation>
    </message>
    <message>
        <source>Photo of the place</source>
        <translation>현장 사진</translation>
    </message>
    <message>
        <source>Why not?</source>
        <translation>왜 설치할 수 없나요?</translation>
    </message>
    <message>
        <source>What is wrong (required)</source>
        <translation>문제 내용 (필수)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>메모 (선택)</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>사진 찍기</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>다시 찍기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>CheckResultList</name>
    <message>
        <source>Checking the photo…</source>
        <translation>사진 확인 중…</translation>
    </message>
    <message>
        <source>✓ The photo passes</source>
        <translation>✓ 사진 통과</translation>
    </message>
    <message>
        <source>! The office will look at this photo</source>
        <translation>! 디자인팀이 이 사진을 검토합니다</translation>
    </message>
    <message>
        <source>✗ The photo does not pass</source>
        <translation>✗ 사진 불합격</translation>
    </message>
    <message>
        <source>No GPS position in this photo (a photo picked from a file usually has none). You can still save: the office checks the place from the photo, and an after photo is compared with the before photo. When you take photos with a camera, turn its location on.</source>
        <translation>이 사진에는 GPS 위치가 없습니다(파일에서 고른 사진에는 보통 없습니다). 그대로 저장할 수 있습니다. 디자인팀이 사진으로 장소를 확인하고, 교체 후 사진은 교체 전 사진과 비교합니다. 카메라로 찍을 때는 위치 기능을 켜 두세요.</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Asking the server…</source>
        <translation>서버에 묻는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>정리할 충돌 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>No conflicts: every edit the devices sent was made seeing the ones before it.</source>
        <translation>충돌이 없습니다. 기기들이 보낸 수정은 모두 앞선 수정을 본 뒤에 한 것입니다.</translation>
    </message>
    <message>
        <source>Flagged by the server on %1: two edits, neither made seeing the other</source>
        <translation>서버가 %1에 표시함: 서로를 보지 못한 채 한 두 수정</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>기기 %1</translation>
    </message>
    <message>
        <source>shown now</source>
        <translation>지금 표시됨</translation>
    </message>
    <message>
        <source>Keep this edit</source>
        <translation>이 수정 유지</translation>
    </message>
</context>
<context>
    <name>DepartmentPage</name>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <source>Submitted — waiting for the office</source>
        <translation>제출됨 — 디자인팀 검토 대기</translation>
    </message>
    <message>
        <source>Has issues — please fix and resubmit</source>
        <translation>보완 요청 — 고쳐서 다시 제출하세요</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>반려</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <source>No demand survey is open</source>
        <translation>진행 중인 수요조사가 없습니다</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>마감 %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>마감됨</translation>
    </message>
    <message>
        <source>%1 of %2 facilities need the mark</source>
        <translation>시설 %2곳 중 %1곳에 마크 필요</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>다시 제출</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Office comment: %1</source>
        <translation>디자인팀 의견: %1</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>저장하지 않은 변경 있음</translation>
    </message>
    <message>
        <source>Search code, name, address</source>
        <translation>코드, 명칭, 주소 검색</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>전체 행</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>필요</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>불필요</translation>
    </message>
    <message>
        <source>New facilities</source>
        <translation>새 시설물</translation>
    </message>
    <message>
        <source>Excel template…</source>
        <translation>엑셀 양식…</translation>
    </message>
    <message>
        <source>Import sheet…</source>
        <translation>양식 가져오기…</translation>
    </message>
    <message>
        <source>Add facility…</source>
        <translation>시설물 추가…</translation>
    </message>
    <message>
        <source>When the design office opens a survey, this department&apos;s facilities appear here, with an Excel template to fill in.</source>
        <translation>디자인팀이 수요조사를 열면 이 부서의 시설물과 작성할 엑셀 양식이 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>No row matches the search.</source>
        <translation>검색에 맞는 행이 없습니다.</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>a replacement</source>
        <translation>교체 기록</translation>
    </message>
    <message>
        <source>a cannot-install report</source>
        <translation>설치 불가 보고</translation>
    </message>
    <message>
        <source>a new place proposal</source>
        <translation>신규 장소 제안</translation>
    </message>
    <message>
        <source>Unfinished: %1 %2 — kept when the app closed.</source>
        <translation>작성 중이던 %1 %2 — 앱이 닫힐 때 보관했습니다.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>이어서 작성</translation>
    </message>
    <message>
        <source>Unfinished: %1 %2 — not saved yet.</source>
        <translation>작성 중인 %1 %2 — 아직 저장하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>FieldPage</name>
    <message>
        <source>Field</source>
        <translation>현장</translation>
    </message>
</context>
<context>
    <name>FieldToolBar</name>
    <message>
        <source>Everything sent to the office</source>
        <translation>모두 디자인팀에 전송됨</translation>
    </message>
    <message>
        <source>No changes waiting to be sent</source>
        <translation>보낼 변경 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent to the office</source>
        <translation>
            <numerusform>디자인팀에 아직 보내지 않은 변경 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved safely on this tablet; sync sends them when there is a signal.</source>
        <translation>이 태블릿에 안전하게 저장되었습니다. 신호가 잡히면 동기화로 보냅니다.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Scan QR</source>
        <translation>QR 스캔</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>신규 장소</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>Saved on this tablet only (no server)</source>
        <translation>이 태블릿에만 저장됨 (서버 없음)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on this tablet only (no server)</source>
        <translation>
            <numerusform>이 태블릿에만 있는 변경 %n건 (서버 없음)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldWorkspace</name>
    <message>
        <source>Proposal saved; it waits for the office.</source>
        <translation>제안을 저장했습니다. 디자인팀 검토를 기다립니다.</translation>
    </message>
    <message>
        <source>Saved on this tablet.</source>
        <translation>이 태블릿에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search code, name, address</source>
        <translation>코드, 명칭, 주소 검색</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Dong</source>
        <translation>행정동</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>부착방식</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
</context>
<context>
    <name>FilterMenuButton</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
</context>
<context>
    <name>FirstSyncProgress</name>
    <message>
        <source>The inventory could not be received yet.</source>
        <translation>아직 인벤토리를 받지 못했습니다.</translation>
    </message>
    <message>
        <source>Receiving photos: %1 of %2</source>
        <translation>사진 받는 중: %2장 중 %1장</translation>
    </message>
    <message numerus="yes">
        <source>Receiving the assets: %n so far. The first time takes a minute or two; keep the app open.</source>
        <translation><numerusform>시설물을 받는 중: 지금까지 %n건. 처음에는 1~2분 걸립니다. 앱을 닫지 마세요.</numerusform></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
</context>
<context>
    <name>InventoryErrorBanner</name>
    <message>
        <source>The inventory could not be opened</source>
        <translation>인벤토리를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Sign in to the office server to receive this tablet&apos;s inventory, or open the inventory file the office gave you.</source>
        <translation>디자인팀 서버에 로그인해 이 태블릿의 인벤토리를 받거나, 디자인팀이 준 인벤토리 파일을 여세요.</translation>
    </message>
    <message>
        <source>Set up this tablet</source>
        <translation>이 태블릿 설정</translation>
    </message>
</context>
<context>
    <name>LayerDelegate</name>
    <message>
        <source>Show %1</source>
        <translation>%1 보기</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n features</source>
        <translation>
            <numerusform>객체 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>투명도</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>채우기</translation>
    </message>
    <message>
        <source>Fill colour %1</source>
        <translation>채우기 색 %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>선</translation>
    </message>
    <message>
        <source>Line colour %1</source>
        <translation>선 색 %1</translation>
    </message>
    <message>
        <source>Label field</source>
        <translation>라벨 필드</translation>
    </message>
    <message>
        <source>(no labels)</source>
        <translation>(라벨 없음)</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>문자 인코딩</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>파일 설정대로</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>좌표계</translation>
    </message>
    <message>
        <source>From the file (e.g. EPSG:5174)</source>
        <translation>파일 기준 (예: EPSG:5174)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Opacity of %1</source>
        <translation>%1 투명도</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>Add a GIS file</source>
        <translation>GIS 파일 추가</translation>
    </message>
    <message>
        <source>GIS files (*.gpkg *.shp *.geojson *.json *.kml *.kmz *.fgb *.gml *.tif *.tiff *.jp2 *.vrt *.img)</source>
        <translation>GIS 파일 (*.gpkg *.shp *.geojson *.json *.kml *.kmz *.fgb *.gml *.tif *.tiff *.jp2 *.vrt *.img)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>The top layer is drawn over the others. Tap a layer for its style.</source>
        <translation>위에 있는 레이어가 위에 그려집니다. 레이어를 누르면 스타일을 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Choose a basemap</source>
        <translation>배경지도 선택</translation>
    </message>
    <message>
        <source>Basemaps (*.mbtiles *.gpkg *.xml *.tif *.tiff *.vrt)</source>
        <translation>배경지도 (*.mbtiles *.gpkg *.xml *.tif *.tiff *.vrt)</translation>
    </message>
    <message>
        <source>Basemap…</source>
        <translation>배경지도…</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>%1 of %2 assets on the map</source>
        <translation>지도에 자산 %2건 중 %1건</translation>
    </message>
    <message>
        <source>Hide legend</source>
        <translation>범례 숨기기</translation>
    </message>
    <message>
        <source>Show legend</source>
        <translation>범례 보기</translation>
    </message>
    <message>
        <source>Share verified by dong</source>
        <translation>행정동별 검수 완료 비율</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Circles: clusters, coloured by their most common status</source>
        <translation>원: 묶음, 가장 많은 상태의 색</translation>
    </message>
</context>
<context>
    <name>LocalSignInList</name>
    <message>
        <source>Crew</source>
        <translation>현장팀</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Design office</source>
        <translation>디자인팀</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Who is working today?</source>
        <translation>오늘 누가 작업하나요?</translation>
    </message>
    <message>
        <source>Everything you record stays on this tablet, under your name, until a server is set up.</source>
        <translation>기록한 모든 내용은 서버가 설정될 때까지 이 태블릿에 내 이름으로 보관됩니다.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Good City Geumcheon — brand rollout</source>
        <translation>좋은 도시 금천 — 도시브랜드 교체</translation>
    </message>
    <message>
        <source>Good City Geumcheon</source>
        <translation>좋은 도시 금천</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>현장</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>디자인팀</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message numerus="yes">
        <source>%n assets</source>
        <translation>
            <numerusform>자산 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>No inventory</source>
        <translation>인벤토리 없음</translation>
    </message>
    <message>
        <source>Office server…</source>
        <translation>사무실 서버…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Whole district</source>
        <translation>구 전체</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>사각형</translation>
    </message>
    <message>
        <source>Select with a box</source>
        <translation>사각형으로 선택</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>올가미</translation>
    </message>
    <message>
        <source>Select with a lasso</source>
        <translation>올가미로 선택</translation>
    </message>
    <message>
        <source>Colour dongs by share verified</source>
        <translation>검수 완료 비율로 행정동 색칠</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>EPSG:5186 %1, %2
%3°N %4°E</source>
        <translation>EPSG:5186 %1, %2
북위 %3° 동경 %4°</translation>
    </message>
    <message numerus="yes">
        <source>%n assets selected</source>
        <translation>
            <numerusform>자산 %n건 선택</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign work…</source>
        <translation>작업 배정…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
</context>
<context>
    <name>OfficeDashboard</name>
    <message>
        <source>Assets in scope</source>
        <translation>대상 자산</translation>
    </message>
    <message>
        <source>of %1 (cancelled excluded)</source>
        <translation>/ %1 (취소 제외)</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>설치</translation>
    </message>
    <message>
        <source>%1 · plan %2</source>
        <translation>%1 · 계획 %2</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>검수 완료</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>검수 대기</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>조치 필요</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <source>Cost estimate (thousand won)</source>
        <translation>예상 비용 (천원)</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>예산 %1</translation>
    </message>
    <message>
        <source>Progress against the plan (%1 – %2)</source>
        <translation>계획 대비 진행 (%1 – %2)</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>상태별</translation>
    </message>
    <message>
        <source>Progress by dong</source>
        <translation>행정동별 진행</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>분류별</translation>
    </message>
    <message>
        <source>By dong</source>
        <translation>행정동별</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>부서별</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Office</source>
        <translation>디자인팀</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>현황</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>검수 (%1)</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>New places (%1)</source>
        <translation>신규 장소 (%1)</translation>
    </message>
    <message>
        <source>Materials and reports</source>
        <translation>자재와 보고서</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>수요조사</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>충돌 (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>이전 탭</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>다음 탭</translation>
    </message>
</context>
<context>
    <name>OpenSurveyDialog</name>
    <message>
        <source>Open a demand survey</source>
        <translation>수요조사 열기</translation>
    </message>
    <message>
        <source>Title (e.g. 2027 first half)</source>
        <translation>제목 (예: 2027년 상반기)</translation>
    </message>
    <message>
        <source>Deadline YYYY-MM-DD</source>
        <translation>마감일 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Kinds of facility (none ticked: all)</source>
        <translation>대상 시설물 종류 (선택하지 않으면 전체)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Open survey</source>
        <translation>조사 열기</translation>
    </message>
</context>
<context>
    <name>PhotoCapture</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>사진 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>This device has no camera. Choose a photo file instead.</source>
        <translation>이 기기에는 카메라가 없습니다. 사진 파일을 고르세요.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>From file</source>
        <translation>파일에서</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>사진 찍기</translation>
    </message>
    <message>
        <source>Not a photo file (JPEG or PNG): %1</source>
        <translation>사진 파일(JPEG, PNG)이 아닙니다: %1</translation>
    </message>
    <message>
        <source>Choose a photo file.</source>
        <translation>사진 파일을 고르세요.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>위 폴더</translation>
    </message>
    <message>
        <source>No photos in this folder.</source>
        <translation>이 폴더에 사진이 없습니다.</translation>
    </message>
    <message>
        <source>Or type the photo&apos;s path</source>
        <translation>또는 사진 경로를 입력하세요</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
</context>
<context>
    <name>PhotoFrame</name>
    <message>
        <source>No photo</source>
        <translation>사진 없음</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message numerus="yes">
        <source>%n proposal(s) waiting</source>
        <translation>
            <numerusform>대기 중인 제안 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed by %1 on %2</source>
        <translation>%1 제안, %2</translation>
    </message>
    <message>
        <source>Name of the new asset</source>
        <translation>새 자산 명칭</translation>
    </message>
    <message>
        <source>Managing department</source>
        <translation>관리부서</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>수락</translation>
    </message>
    <message>
        <source>Reason to decline</source>
        <translation>거절 사유</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>거절</translation>
    </message>
</context>
<context>
    <name>ProposePlaceDialog</name>
    <message>
        <source>Propose a new place</source>
        <translation>신규 부착 장소 제안</translation>
    </message>
    <message>
        <source>Photo of the place</source>
        <translation>현장 사진</translation>
    </message>
    <message>
        <source>My position</source>
        <translation>내 위치</translation>
    </message>
    <message>
        <source>Point under the map&apos;s cross</source>
        <translation>지도 십자선 위치</translation>
    </message>
    <message>
        <source>Kind of asset</source>
        <translation>시설 종류</translation>
    </message>
    <message>
        <source>What is there, who manages it</source>
        <translation>무엇이 있고 누가 관리하는지</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>사진 찍기</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>다시 찍기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>제안</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장함</translation>
    </message>
    <message>
        <source>Unknown format %1</source>
        <translation>알 수 없는 형식 %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2 assets)</source>
        <translation>%1 저장함 (자산 %2건)</translation>
    </message>
    <message>
        <source>Saved %1 (%2 labels)</source>
        <translation>%1 저장함 (라벨 %2장)</translation>
    </message>
    <message>
        <source>Saved %1 and %2</source>
        <translation>%1, %2 저장함</translation>
    </message>
</context>
<context>
    <name>QrScanDialog</name>
    <message>
        <source>Find an asset by its label</source>
        <translation>라벨로 시설물 찾기</translation>
    </message>
    <message>
        <source>Scan the QR label</source>
        <translation>QR 라벨을 비추세요</translation>
    </message>
    <message>
        <source>Photo of the QR label</source>
        <translation>QR 라벨 사진</translation>
    </message>
    <message>
        <source>Or type the code on the label</source>
        <translation>또는 라벨의 코드를 입력하세요</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Reading the label…</source>
        <translation>라벨 읽는 중…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject %1</source>
        <translation>%1 반려</translation>
    </message>
    <message>
        <source>The crew sees this comment with the asset and does the work again.</source>
        <translation>현장팀은 이 의견을 시설물과 함께 보고 다시 작업합니다.</translation>
    </message>
    <message>
        <source>What is wrong, e.g. the mark is crooked</source>
        <translation>무엇이 잘못되었나요? 예: 마크가 기울어짐</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Write a comment to reject</source>
        <translation>반려하려면 의견을 적어 주세요</translation>
    </message>
    <message>
        <source>Send back to the crew</source>
        <translation>현장팀에 돌려보내기</translation>
    </message>
</context>
<context>
    <name>ReplacementDialog</name>
    <message>
        <source>Photo before replacing</source>
        <translation>교체 전 사진</translation>
    </message>
    <message>
        <source>Photo after replacing</source>
        <translation>교체 후 사진</translation>
    </message>
    <message>
        <source>Log replacement: %1</source>
        <translation>교체 기록: %1</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>교체 전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>교체 후</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>다시 찍기</translation>
    </message>
    <message>
        <source>Before photo</source>
        <translation>교체 전 사진</translation>
    </message>
    <message>
        <source>Add another after photo</source>
        <translation>교체 후 사진 추가</translation>
    </message>
    <message>
        <source>After photo</source>
        <translation>교체 후 사진</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>부착방식</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>부착수량</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Send for review instead of retaking</source>
        <translation>다시 찍지 않고 검토 요청</translation>
    </message>
    <message>
        <source>Why the photo is right anyway (required)</source>
        <translation>사진이 맞는 이유 (필수)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>A file that is not a photo (JPEG or PNG) cannot be sent for review: retake it or choose another photo.</source>
        <translation>사진(JPEG/PNG)이 아닌 파일은 검토 요청할 수 없습니다. 다시 찍거나 다른 사진을 고르세요.</translation>
    </message>
    <message>
        <source>Write at least %1 characters: the office reads this reason beside the failed checks.</source>
        <translation>%1자 이상 적어 주세요. 디자인팀이 불합격 항목과 함께 이 사유를 읽습니다.</translation>
    </message>
    <message>
        <source>Discard this replacement?</source>
        <translation>이 교체 기록을 버릴까요?</translation>
    </message>
    <message>
        <source>The photos and the note entered here are not saved.</source>
        <translation>여기 넣은 사진과 메모는 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>계속 작성</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>PDF progress report</source>
        <translation>PDF 진행 보고서</translation>
    </message>
    <message>
        <source>Excel (XLSX)</source>
        <translation>엑셀 (XLSX)</translation>
    </message>
    <message>
        <source>CSV (UTF-8, Excel)</source>
        <translation>CSV (UTF-8, 엑셀)</translation>
    </message>
    <message>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <source>QR label sheet (PDF)</source>
        <translation>QR 라벨 시트 (PDF)</translation>
    </message>
    <message>
        <source>Materials and budget</source>
        <translation>자재와 예산</translation>
    </message>
    <message>
        <source>Estimated cost %1 thousand won of the %2 thousand won budget</source>
        <translation>예산 %2천원 중 예상 비용 %1천원</translation>
    </message>
    <message>
        <source>Method and size</source>
        <translation>부착방식과 규격</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>자산</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>부착수량</translation>
    </message>
    <message>
        <source>Not yet installed</source>
        <translation>미설치</translation>
    </message>
    <message>
        <source>Unit price (won)</source>
        <translation>단가 (원)</translation>
    </message>
    <message>
        <source>Cost (thousand won)</source>
        <translation>비용 (천원)</translation>
    </message>
    <message>
        <source>Whole inventory</source>
        <translation>전체 인벤토리</translation>
    </message>
    <message numerus="yes">
        <source>The assignment filter (%n)</source>
        <translation>
            <numerusform>배정 탭의 조건 (%n건)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The map selection (%n)</source>
        <translation>
            <numerusform>지도에서 선택한 시설물 (%n건)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last assignment batch (%n)</source>
        <translation>
            <numerusform>마지막 배정 묶음 (%n건)</numerusform>
        </translation>
    </message>
    <message>
        <source>QGIS project</source>
        <translation>QGIS 프로젝트</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>The progress report and the QGIS project cover the whole rollout.</source>
        <translation>진행 보고서와 QGIS 프로젝트는 전체 현황을 담습니다.</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>Nothing awaits review</source>
        <translation>검수 대기 항목이 없습니다</translation>
    </message>
    <message>
        <source>Photo check: not run on this install</source>
        <translation>사진 확인: 이 설치에는 실행되지 않음</translation>
    </message>
    <message>
        <source>Photo check: %1</source>
        <translation>사진 확인: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>불합격</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>교체 전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>교체 후</translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation>승인 (A)</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>반려 (R)</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>확인할 수 없음</translation>
    </message>
    <message>
        <source>needs a look</source>
        <translation>검토 필요</translation>
    </message>
    <message>
        <source>Crew&apos;s reason for sending it anyway: %1</source>
        <translation>현장팀이 다시 찍지 않고 보낸 이유: %1</translation>
    </message>
    <message>
        <source>Approved: verified</source>
        <translation>승인: 검수 완료</translation>
    </message>
    <message>
        <source>Rejected: sent back to the crew</source>
        <translation>반려: 현장팀에 돌려보냄</translation>
    </message>
    <message>
        <source>Decision taken back: awaiting review again</source>
        <translation>결정 취소: 다시 검수 대기</translation>
    </message>
    <message>
        <source>Undo (U)</source>
        <translation>되돌리기 (U)</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>다음 (Enter)</translation>
    </message>
    <message>
        <source>Comment for the crew (optional when approving)</source>
        <translation>현장팀에 보낼 의견 (승인 시 선택)</translation>
    </message>
    <message>
        <source>No after photo: approval needs one</source>
        <translation>설치 후 사진이 없어 승인할 수 없습니다</translation>
    </message>
    <message>
        <source>A approve · R reject · U undo · ↑/↓ or J/K: previous and next</source>
        <translation>A 승인 · R 반려 · U 되돌리기 · ↑/↓ 또는 J/K: 이전과 다음</translation>
    </message>
    <message>
        <source>The server&apos;s own check of the %1 photo: %2 (the tablet said %3)</source>
        <translation>서버가 직접 검사한 %1 사진: %2 (태블릿 판정: %3)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>교체 전</translation>
    </message>
    <message>
        <source>after</source>
        <translation>교체 후</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>RouteMap</name>
    <message>
        <source>Show all assets</source>
        <translation>모든 시설물 보기</translation>
    </message>
    <message>
        <source>Show only %1&apos;s</source>
        <translation>%1 시설물만 보기</translation>
    </message>
</context>
<context>
    <name>ScaleBar</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>ServerSignInForm</name>
    <message>
        <source>Office server</source>
        <translation>사무실 서버</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%1에 %2(으)로 로그인했습니다.</translation>
    </message>
    <message>
        <source>Server address, e.g. https://office.example:8443</source>
        <translation>서버 주소 (예: https://office.example:8443)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Office certificate (only if the office signs its own)</source>
        <translation>사무실 인증서 (사무실이 직접 서명한 경우에만)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Allow unencrypted http:// (test networks only)</source>
        <translation>암호화하지 않은 http:// 허용 (시험용 네트워크에서만)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>로그인 중…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Sign out of the server</source>
        <translation>서버에서 로그아웃</translation>
    </message>
    <message>
        <source>Office certificate</source>
        <translation>사무실 인증서</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>인증서 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>SheetFiles</name>
    <message>
        <source>Save the survey template</source>
        <translation>수요조사 양식 저장</translation>
    </message>
    <message>
        <source>survey-%1.xlsx</source>
        <translation>수요조사-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>엑셀 통합문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Import a filled survey sheet</source>
        <translation>작성한 수요조사 양식 가져오기</translation>
    </message>
    <message>
        <source>Survey sheets (*.xlsx *.csv)</source>
        <translation>수요조사 양식 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Full path of the file</source>
        <translation>파일 전체 경로</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>%1(%2)(으)로 로그인됨</translation>
    </message>
    <message>
        <source>Welcome to Good City Geumcheon</source>
        <translation>좋은 도시 금천에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>No office server yet? The tablet works fully without one; what you record is kept here and sent when a server is set up.</source>
        <translation>아직 사무실 서버가 없나요? 서버 없이도 태블릿의 모든 기능을 쓸 수 있습니다. 기록은 여기에 보관되었다가 서버가 설정되면 전송됩니다.</translation>
    </message>
    <message>
        <source>Later — work on this device only</source>
        <translation>나중에 — 이 기기에서만 작업</translation>
    </message>
    <message>
        <source>Sign in to an office server instead</source>
        <translation>대신 사무실 서버에 로그인</translation>
    </message>
    <message>
        <source>Receiving this tablet&apos;s inventory from the office</source>
        <translation>디자인팀 서버에서 이 태블릿의 인벤토리를 받는 중입니다</translation>
    </message>
    <message>
        <source>Your sign-in ended; sign in again</source>
        <translation>로그인이 끝났습니다. 다시 로그인하세요</translation>
    </message>
    <message>
        <source>This tablet has no inventory yet. Open the inventory file the office gave you (a .gpkg file), or sign in to the office server to receive it.</source>
        <translation>이 태블릿에는 아직 인벤토리가 없습니다. 디자인팀이 준 인벤토리 파일(.gpkg)을 열거나, 디자인팀 서버에 로그인해 받으세요.</translation>
    </message>
    <message>
        <source>Open an inventory file…</source>
        <translation>인벤토리 파일 열기…</translation>
    </message>
    <message>
        <source>Inventory file</source>
        <translation>인벤토리 파일</translation>
    </message>
    <message>
        <source>Inventory (*.gpkg)</source>
        <translation>인벤토리 (*.gpkg)</translation>
    </message>
</context>
<context>
    <name>SignInPane</name>
    <message>
        <source>Who is working today?</source>
        <translation>오늘 누가 작업하나요?</translation>
    </message>
    <message>
        <source>No crew members in this inventory yet. Ask the office to add you.</source>
        <translation>이 인벤토리에 현장 작업자가 없습니다. 디자인팀에 등록을 요청하세요.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Submit to the design office?</source>
        <translation>디자인팀에 제출할까요?</translation>
    </message>
    <message>
        <source>%1 sends %2 facilities, %3 of them needing the mark. The sheet cannot be changed until the office answers.</source>
        <translation>%1에서 시설물 %2개(마크 필요 %3개)를 제출합니다. 디자인팀이 답할 때까지 고칠 수 없습니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>제출</translation>
    </message>
</context>
<context>
    <name>SurveyPanel</name>
    <message>
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>제출됨</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>보완 요청</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>반려</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <source>No demand survey yet</source>
        <translation>수요조사가 아직 없습니다</translation>
    </message>
    <message>
        <source>Open until %1</source>
        <translation>%1까지 진행</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>마감됨</translation>
    </message>
    <message>
        <source>all kinds of facility</source>
        <translation>모든 시설물 종류</translation>
    </message>
    <message>
        <source>Needed rows: %1 match an asset by code, %2 by place, %3 new · %4 overlap another department</source>
        <translation>필요 행: 코드 일치 %1, 위치 일치 %2, 새 시설물 %3 · 다른 부서와 겹침 %4</translation>
    </message>
    <message>
        <source>Close survey</source>
        <translation>조사 마감</translation>
    </message>
    <message>
        <source>New survey…</source>
        <translation>새 수요조사…</translation>
    </message>
</context>
<context>
    <name>SurveyReconciliationList</name>
    <message>
        <source>Code %1</source>
        <translation>코드 %1</translation>
    </message>
    <message>
        <source>%1 within %2 m</source>
        <translation>%1 (%2m 안)</translation>
    </message>
    <message>
        <source>New facility</source>
        <translation>신규 시설</translation>
    </message>
    <message>
        <source>Reconciliation with the inventory (all departments)</source>
        <translation>인벤토리 대조 (전체 부서)</translation>
    </message>
    <message>
        <source>Reconciliation with the inventory: %1</source>
        <translation>인벤토리 대조: %1</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 %2행</translation>
    </message>
    <message>
        <source>needed, %1 mark(s)</source>
        <translation>필요, 마크 %1개</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>불필요</translation>
    </message>
    <message>
        <source>Same place as: %1</source>
        <translation>같은 위치: %1</translation>
    </message>
</context>
<context>
    <name>SurveyReviewDialog</name>
    <message>
        <source>Approve the sheet of %1?</source>
        <translation>%1 조사표를 승인할까요?</translation>
    </message>
    <message>
        <source>Send the sheet of %1 back to fix</source>
        <translation>%1 조사표 보완 요청</translation>
    </message>
    <message>
        <source>Reject the sheet of %1</source>
        <translation>%1 조사표 반려</translation>
    </message>
    <message>
        <source>Approval turns every needed row into a new or updated asset of the inventory.</source>
        <translation>승인하면 필요한 모든 행이 인벤토리의 새 자산이 되거나 기존 자산을 갱신합니다.</translation>
    </message>
    <message>
        <source>The department sees this comment on its sheet.</source>
        <translation>부서는 조사표에서 이 의견을 봅니다.</translation>
    </message>
    <message>
        <source>Comment (required)</source>
        <translation>의견 (필수)</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>의견 (선택)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>보완 요청 보내기</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>반려</translation>
    </message>
</context>
<context>
    <name>SurveyRowDelegate</name>
    <message>
        <source>New facility</source>
        <translation>신규 시설</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>필요</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>불필요</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>사진</translation>
    </message>
</context>
<context>
    <name>SurveySubmissionList</name>
    <message>
        <source>Submissions</source>
        <translation>제출 현황</translation>
    </message>
    <message>
        <source>%1 rows, %2 needed</source>
        <translation>%1행, 필요 %2</translation>
    </message>
    <message>
        <source>%1 overlap another department</source>
        <translation>다른 부서와 겹침 %1</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>제출 %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>의견: %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Has issues…</source>
        <translation>보완 요청…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>반려…</translation>
    </message>
</context>
<context>
    <name>SyncStatusChip</name>
    <message numerus="yes">
        <source>%n conflict(s) for the office</source>
        <translation>
            <numerusform>디자인팀이 확인할 충돌 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>다시 로그인</translation>
    </message>
</context>
<context>
    <name>UnsavedEditsDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경</translation>
    </message>
    <message>
        <source>The sheet of %1 has changes that are not saved yet. Save them before you go on?</source>
        <translation>%1 조사표에 저장하지 않은 변경이 있습니다. 계속하기 전에 저장할까요?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>WorkListPane</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Search code, name or address</source>
        <translation>코드, 명칭, 주소 검색</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>조치 필요</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s), nearest first</source>
        <translation>
            <numerusform>자산 %n건, 가까운 순</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s), by due date (no position yet)</source>
        <translation>
            <numerusform>자산 %n건, 기한 순 (위치 없음)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>항목이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s route: %n stop(s) · %1 km in a straight line</source>
        <translation>
            <numerusform>오늘 경로: %n곳 · 직선 거리 %1 km</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent back by the office: %1</source>
        <translation>디자인팀이 돌려보냄: %1</translation>
    </message>
</context>
<context>
    <name>gc::ui::ConflictsController</name>
    <message>
        <source>Not on this tablet yet: sync, then open the list again</source>
        <translation>아직 이 기기에 없습니다. 동기화한 뒤 목록을 다시 여세요</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>항목 수정</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>%1: kept %2&apos;s edit</source>
        <translation>%1: %2의 수정을 유지했습니다</translation>
    </message>
</context>
<context>
    <name>gc::ui::OfficeController</name>
    <message>
        <source>Added as a new asset</source>
        <translation>새 자산으로 추가됨</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Sent back to the crew</source>
        <translation>현장팀으로 돌려보냄</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) assigned to %1</source>
        <translation>
            <numerusform>%1에 자산 %n건 배정</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Making labels…</source>
        <translation>라벨 만드는 중…</translation>
    </message>
    <message>
        <source>Method not chosen yet</source>
        <translation>부착방식 미정</translation>
    </message>
    <message>
        <source>Decision taken back: awaiting review again</source>
        <translation>결정 취소: 다시 검수 대기</translation>
    </message>
    <message>
        <source>(no crew)</source>
        <translation>(작업팀 없음)</translation>
    </message>
    <message>
        <source>Due date: write it as YYYY-MM-DD (%1)</source>
        <translation>기한: YYYY-MM-DD 형식으로 적어 주세요 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) back to how they were before the assignment</source>
        <translation>
            <numerusform>%n건을 배정 전으로 되돌렸습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as they are (their status changed since): %1</source>
        <translation>
            <numerusform>그 뒤 상태가 바뀐 %n건은 그대로 둡니다: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gc::ui::ReviewQueueModel</name>
    <message>
        <source>taken with the app&apos;s camera</source>
        <translation>앱 카메라로 촬영</translation>
    </message>
    <message>
        <source>picked from a file on the tablet</source>
        <translation>태블릿의 파일에서 고름</translation>
    </message>
    <message>
        <source>how it came in is not recorded</source>
        <translation>어떻게 들어왔는지 기록 없음</translation>
    </message>
    <message>
        <source>Before photo: %1</source>
        <translation>교체 전 사진: %1</translation>
    </message>
    <message>
        <source>After photo: %1</source>
        <translation>교체 후 사진: %1</translation>
    </message>
    <message numerus="yes">
        <source>, taken %1, %n day(s) before it was filed</source>
        <translation>
            <numerusform>, %1 촬영 (등록 %n일 전)</numerusform>
        </translation>
    </message>
    <message>
        <source>, taken %1</source>
        <translation>, %1 촬영</translation>
    </message>
</context>
<context>
    <name>gc::ui::Session</name>
    <message>
        <source>Crew</source>
        <translation>현장팀</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Design office</source>
        <translation>디자인팀</translation>
    </message>
    <message>
        <source>No inventory is open.</source>
        <translation>열린 목록이 없습니다.</translation>
    </message>
    <message>
        <source>There is no user named %1 in this inventory.</source>
        <translation>이 목록에 %1 사용자가 없습니다.</translation>
    </message>
</context>
<context>
    <name>gc::ui::SurveyController</name>
    <message>
        <source>Submitted to the design office.</source>
        <translation>디자인팀에 제출했습니다.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>Could not read the photo %1: %2</source>
        <translation>사진 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n problem(s) to fix.</source>
        <translation>
            <numerusform>저장하지 않았습니다: 고칠 곳 %n건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>양식을 저장했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bad value(s) — nothing was changed.</source>
        <translation>
            <numerusform>%1: 잘못된 값 %n건 — 아무것도 바꾸지 않았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: took all %n row(s).</source>
        <translation>
            <numerusform>%1: %n행을 모두 받았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>photo = &apos;%1&apos;: the file cannot be read</source>
        <translation>사진 = &apos;%1&apos;: 파일을 읽을 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>The facility was not added: %n problem(s).</source>
        <translation>
            <numerusform>시설물을 추가하지 않았습니다: 문제 %n건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Facility added. Save to keep it.</source>
        <translation>시설물을 추가했습니다. 저장해야 남습니다.</translation>
    </message>
</context>
<context>
    <name>gc::ui::SurveyOfficeController</name>
    <message>
        <source>Survey opened: %1 (deadline %2)</source>
        <translation>수요조사를 열었습니다: %1 (마감 %2)</translation>
    </message>
    <message>
        <source>Survey closed: %1</source>
        <translation>수요조사를 마감했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: approved; %n asset(s) created or updated.</source>
        <translation>
            <numerusform>%1: 승인; 자산 %n건을 만들거나 갱신했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: sent back with your comment.</source>
        <translation>%1: 의견과 함께 보완 요청을 보냈습니다.</translation>
    </message>
    <message>
        <source>%1: rejected.</source>
        <translation>%1: 반려했습니다.</translation>
    </message>
</context>
<context>
    <name>gc::ui::SyncController</name>
    <message>
        <source>“%1” is not a server address; write it as https://host:port</source>
        <translation>“%1”은(는) 서버 주소가 아닙니다. https://호스트:포트 형식으로 적으세요</translation>
    </message>
    <message>
        <source>Enter the user name and the password the office gave you.</source>
        <translation>사무실에서 받은 사용자 이름과 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and the network, then try again.</source>
        <translation>서버에 연결할 수 없습니다. 주소와 네트워크를 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>사용자 이름 또는 비밀번호가 틀립니다.</translation>
    </message>
    <message numerus="yes">
        <source>No server — saved on this device only; %n change(s) not sent</source>
        <translation>
            <numerusform>서버 없음 — 이 기기에만 저장됨, 미전송 변경 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>No server — saved on this device only</source>
        <translation>서버 없음 — 이 기기에만 저장됨</translation>
    </message>
    <message numerus="yes">
        <source>Session ended — sign in again to send %n change(s)</source>
        <translation>
            <numerusform>세션이 끝났습니다 — 변경 %n건을 보내려면 다시 로그인하세요</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>로그인 중…</translation>
    </message>
    <message numerus="yes">
        <source>Not signed in to the office server; %n change(s) not sent</source>
        <translation>
            <numerusform>사무실 서버에 로그인하지 않음, 미전송 변경 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing… photo %1 of %2</source>
        <translation>동기화 중… 사진 %1/%2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>동기화 중…</translation>
    </message>
    <message numerus="yes">
        <source>Connection broke during: %1 — %n change(s) kept on this device; next try at %2</source>
        <translation>
            <numerusform>연결이 끊김: %1 — 변경 %n건을 이 기기에 보관 중, 다음 시도 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) kept on this device; next try at %1</source>
        <translation>
            <numerusform>오프라인 — 변경 %n건을 이 기기에 보관 중, 다음 시도 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>서버가 거부했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>전송 대기 중인 변경 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything sent to the office · %1</source>
        <translation>모두 디자인팀에 전송됨 · %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>아직 동기화하지 않음</translation>
    </message>
    <message>
        <source>%1 is not encrypted: the password would cross the network readable. Use https://, or turn on “Allow unencrypted http://” on a network you trust.</source>
        <translation>%1은(는) 암호화되지 않은 주소입니다. 비밀번호가 네트워크에 그대로 보입니다. https://를 쓰거나, 믿을 수 있는 망에서만 “암호화하지 않은 http:// 허용”을 켜세요.</translation>
    </message>
    <message>
        <source>Everything sent to the office · %1 · %2</source>
        <translation>모두 디자인팀에 전송됨 · %1 · %2</translation>
    </message>
    <message>
        <source>Conflicts are found by the sync server: sign in to one to see them</source>
        <translation>충돌은 동기화 서버가 찾습니다. 보려면 서버에 로그인하세요</translation>
    </message>
</context>
</TS>
