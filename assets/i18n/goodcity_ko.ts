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
    <name>AdoptDialog</name>
    <message>
        <source>Edited outside the log</source>
        <translation>로그 밖에서 수정됨</translation>
    </message>
    <message>
        <source>%1 assets were changed outside the app (QGIS, GDAL); adopting records %2 of them as events, which then sync.</source>
        <translation>QGIS 등에서 시설물 %1건이 이력 없이 수정되었습니다. 받아들이면 %2건이 이벤트로 기록되어 동기화됩니다.</translation>
    </message>
    <message>
        <source>%1 refused (invalid values) stay as they are; %2 fields that conflict with a newer event keep the log&apos;s value.</source>
        <translation>거부 %1건(값이 맞지 않음)은 그대로 남고, 더 새로운 이벤트와 충돌한 항목 %2개는 이력의 값을 지킵니다.</translation>
    </message>
    <message>
        <source>… first lines only (all of them: goodcity-cli adopt)</source>
        <translation>… 처음 몇 줄만 보입니다(전체: goodcity-cli adopt)</translation>
    </message>
    <message>
        <source>recorded as</source>
        <translation>이벤트에 남을 이름</translation>
    </message>
    <message>
        <source>who adopts</source>
        <translation>받아들이는 사람</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Adopt as history</source>
        <translation>기록으로 받아들이기</translation>
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
    <message>
        <source>Before</source>
        <translation>교체 전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>교체 후</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>신규 장소</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>메모: %1</translation>
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
    <message>
        <source>Cannot install</source>
        <translation>설치 불가</translation>
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
        <source>Choose why it cannot be installed.</source>
        <translation>설치할 수 없는 이유를 고르세요.</translation>
    </message>
    <message>
        <source>Take a photo of the place.</source>
        <translation>현장 사진을 찍으세요.</translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation>사진을 검사하는 중…</translation>
    </message>
    <message>
        <source>The photo failed its check: retake it, or send it for review with a reason.</source>
        <translation>사진이 검사를 통과하지 못했습니다. 다시 찍거나, 이유를 적어 검토를 요청하세요.</translation>
    </message>
    <message>
        <source>Write at least %1 characters: the office reads this reason beside the failed checks.</source>
        <translation>%1자 이상 적어 주세요. 디자인팀이 불합격 항목과 함께 이 사유를 읽습니다.</translation>
    </message>
</context>
<context>
    <name>CannotInstallReport</name>
    <message>
        <source>failed</source>
        <translation>불합격</translation>
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
        <source>passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Cannot install — reported by %1 on %2</source>
        <translation>설치 불가 — %1이(가) %2에 보고</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>사유: %1</translation>
    </message>
    <message>
        <source>Crew&apos;s memo: %1</source>
        <translation>현장팀 메모: %1</translation>
    </message>
    <message>
        <source>Cannot install</source>
        <translation>설치 불가</translation>
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
        <source>Crew&apos;s reason for sending it anyway: %1</source>
        <translation>현장팀이 다시 찍지 않고 보낸 이유: %1</translation>
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
        <translation>
            <numerusform>시설물을 받는 중: 지금까지 %n건. 처음에는 1~2분 걸립니다. 앱을 닫지 마세요.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n more without a place (vehicles): in the lists, not on the map</source>
        <translation>
            <numerusform>이 밖에 위치 없는 자산 %n건(차량 등): 지도에 없고 목록에 있습니다</numerusform>
        </translation>
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
    <message>
        <source>Sign out with changes not sent?</source>
        <translation>보내지 않은 변경이 있는데 로그아웃할까요?</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on this tablet have not reached the office yet. They stay here and are sent when %1 signs in again on this tablet.</source>
        <translation>
            <numerusform>이 태블릿의 변경 %n건이 아직 디자인팀에 가지 않았습니다. 변경은 이 태블릿에 남아 있다가 %1 님이 이 태블릿에 다시 로그인하면 보내집니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>로그인 유지</translation>
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
    <message>
        <source>Opening the photo files…</source>
        <translation>사진 파일을 여는 중…</translation>
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
    <name>PhotoViewer</name>
    <message>
        <source>This photo cannot be shown</source>
        <translation>이 사진은 표시할 수 없습니다</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>화면에 맞춤</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>원본 크기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Loading the original photo… the small copy shows meanwhile</source>
        <translation>원본 사진을 받는 중입니다… 그동안 작은 사본을 보여 줍니다</translation>
    </message>
    <message>
        <source>The original photo is not on this device and cannot be fetched now (offline or not signed in): this is the small copy</source>
        <translation>원본 사진이 이 기기에 없고 지금은 받을 수 없습니다(오프라인이거나 로그인하지 않음). 작은 사본을 보여 줍니다</translation>
    </message>
    <message>
        <source>The server&apos;s original cannot be shown (%1): this is the small copy</source>
        <translation>서버의 원본 사진을 보여 줄 수 없습니다(%1). 작은 사본을 보여 줍니다</translation>
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
    <message>
        <source>New place</source>
        <translation>신규 장소</translation>
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
    <name>ReviewFindings</name>
    <message>
        <source>failed</source>
        <translation>불합격</translation>
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
        <source>passed</source>
        <translation>통과</translation>
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
        <source>Crew&apos;s memo: %1</source>
        <translation>현장팀 메모: %1</translation>
    </message>
    <message>
        <source>Crew&apos;s reason for sending it anyway: %1</source>
        <translation>현장팀이 다시 찍지 않고 보낸 이유: %1</translation>
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
    <name>ReviewQueue</name>
    <message>
        <source>Nothing awaits review</source>
        <translation>검수 대기 항목이 없습니다</translation>
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
    <name>gc</name>
    <message>
        <source>to be removed</source>
        <translation>철거 예정 시설</translation>
    </message>
    <message>
        <source>the inventory is not empty</source>
        <translation>빈 인벤토리가 아닙니다</translation>
    </message>
    <message>
        <source>unknown status: %1</source>
        <translation>알 수 없는 상태</translation>
    </message>
    <message>
        <source>cannot go from %3 to %4</source>
        <translation>&apos;%1&apos;에서 &apos;%2&apos;(으)로 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>category is empty</source>
        <translation>분류가 비어 있습니다</translation>
    </message>
    <message>
        <source>unknown category; allowed: %1</source>
        <translation>알 수 없는 분류</translation>
    </message>
    <message>
        <source>unknown attachment method; allowed: %1</source>
        <translation>알 수 없는 부착방식</translation>
    </message>
    <message>
        <source>unknown design variant; allowed: %1</source>
        <translation>알 수 없는 디자인</translation>
    </message>
    <message>
        <source>unknown status; allowed: %1</source>
        <translation>알 수 없는 상태</translation>
    </message>
    <message>
        <source>priority must be 1 (high) to 3 (low)</source>
        <translation>우선순위는 1(높음)~3(낮음)입니다</translation>
    </message>
    <message>
        <source>number of marks must be 0 to 1000</source>
        <translation>부착수량은 0~1000입니다</translation>
    </message>
    <message>
        <source>date must be YYYY-MM-DD; this looks like an Excel date serial (%1): write the cell as the text %1</source>
        <translation>날짜는 YYYY-MM-DD 형식입니다. 엑셀 날짜 일련번호(%1)로 보이니 셀을 텍스트 %1 로 적어 주세요</translation>
    </message>
    <message>
        <source>date must be YYYY-MM-DD</source>
        <translation>날짜는 YYYY-MM-DD 형식입니다</translation>
    </message>
    <message>
        <source>a vehicle needs its plate number</source>
        <translation>행정차량에는 차량번호가 필요합니다</translation>
    </message>
    <message>
        <source>the asset has no location (coordinates)</source>
        <translation>위치(좌표)가 없습니다</translation>
    </message>
    <message>
        <source>not a dong of Geumcheon-gu</source>
        <translation>금천구의 행정동이 아닙니다</translation>
    </message>
    <message>
        <source>the location lies outside Geumcheon-gu (check the CRS, e.g. --s-srs)</source>
        <translation>위치가 금천구 밖입니다(좌표계 확인)</translation>
    </message>
    <message>
        <source>unreadable geometry for %1</source>
        <translation>%1의 도형을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot export over the inventory itself</source>
        <translation>인벤토리 파일 자체에는 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>폴더가 없습니다</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL %1 드라이버가 없습니다</translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation>파일을 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot set up the coordinate transformation / %1</source>
        <translation>좌표 변환을 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot create the layer</source>
        <translation>레이어를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot create the columns</source>
        <translation>열을 만들 수 없습니다</translation>
    </message>
    <message>
        <source>could not write asset #%1</source>
        <translation>%1번째 자산을 쓰지 못했습니다</translation>
    </message>
    <message>
        <source>could not save</source>
        <translation>저장하지 못했습니다</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation>파일을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>알 수 없는 필드</translation>
    </message>
    <message>
        <source>no such layer</source>
        <translation>레이어가 없습니다</translation>
    </message>
    <message>
        <source>several layers; choose one with --layer</source>
        <translation>레이어가 여럿입니다. --layer로 고르세요</translation>
    </message>
    <message>
        <source>columns not imported (use --map SRC=DEST)</source>
        <translation>가져오지 않은 열: %1</translation>
    </message>
    <message>
        <source>no category column; name it with --map COLUMN=category</source>
        <translation>분류(category) 열이 없습니다. --map 열이름=category 로 알려 주세요</translation>
    </message>
    <message>
        <source>cannot transform the CRS to EPSG:5186</source>
        <translation>좌표계를 EPSG:5186으로 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>the CRS the file names is unknown; give it with --s-srs, e.g. EPSG:5186</source>
        <translation>파일에 적힌 좌표계를 알 수 없습니다. --s-srs EPSG:5186 처럼 알려 주세요</translation>
    </message>
    <message>
        <source>unknown CRS</source>
        <translation>알 수 없는 좌표계</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>숫자가 아닙니다</translation>
    </message>
    <message>
        <source>not allowed; use one of: %1</source>
        <translation>허용되지 않는 값입니다</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>정수가 아닙니다</translation>
    </message>
    <message>
        <source>use yes/no (1/0)</source>
        <translation>예/아니오(1/0)로 적어 주세요</translation>
    </message>
    <message>
        <source>the coordinates have no CRS; give one with --s-srs, e.g. EPSG:5186</source>
        <translation>좌표계를 알 수 없습니다. --s-srs EPSG:5186 처럼 알려 주세요</translation>
    </message>
    <message>
        <source>no CRS given: coordinates read as EPSG:4326 lon/lat</source>
        <translation>좌표계가 없어 경위도(EPSG:4326)로 보았습니다</translation>
    </message>
    <message>
        <source>both X and Y are needed</source>
        <translation>X와 Y 좌표가 모두 있어야 합니다</translation>
    </message>
    <message>
        <source>the layer has no CRS; give one with --s-srs</source>
        <translation>좌표계를 알 수 없습니다. --s-srs로 알려 주세요</translation>
    </message>
    <message>
        <source>coordinate transformation failed</source>
        <translation>좌표 변환 실패</translation>
    </message>
    <message>
        <source>the code appears twice in the file</source>
        <translation>파일 안에서 코드가 중복됩니다</translation>
    </message>
    <message>
        <source>the code is already in the inventory</source>
        <translation>이미 인벤토리에 있는 코드입니다</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>no rows to import</source>
        <translation>가져올 행이 없습니다</translation>
    </message>
    <message>
        <source>must be gu or dong=NAME (e.g. dong=가산동)</source>
        <translation>gu 또는 dong=이름(예: dong=가산동)이어야 합니다</translation>
    </message>
    <message>
        <source>cannot read the district boundary</source>
        <translation>구역 경계를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>not a dong of Geumcheon-gu; one of: %1</source>
        <translation>금천구의 행정동이 아닙니다. 가능한 이름</translation>
    </message>
    <message>
        <source>must be a range within 0-%1 such as 12-19</source>
        <translation>0~%1 사이의 범위(예: 12-19)여야 합니다</translation>
    </message>
    <message>
        <source>expand a paletted raster first (gdal_translate -expand rgba)</source>
        <translation>팔레트 래스터는 먼저 gdal_translate -expand rgba로 바꾸세요</translation>
    </message>
    <message>
        <source>cannot reproject to Web Mercator (%1)</source>
        <translation>웹 메르카토르로 변환하지 못했습니다</translation>
    </message>
    <message>
        <source>cannot write the tiles (%1)</source>
        <translation>타일을 쓰지 못했습니다</translation>
    </message>
    <message>
        <source>must be a .mbtiles or .gpkg file</source>
        <translation>.mbtiles 또는 .gpkg 파일이어야 합니다</translation>
    </message>
    <message>
        <source>no tiles to package</source>
        <translation>묶을 타일이 없습니다</translation>
    </message>
    <message>
        <source>the tile usage policy of tile.openstreetmap.org forbids bulk downloading; package from a source that allows it (your own tile server, VWorld under its terms)</source>
        <translation>OpenStreetMap 타일 서버(tile.openstreetmap.org)의 이용 정책은 대량 다운로드를 금지합니다. 자체 타일 서버나 허용하는 출처에서 묶으세요</translation>
    </message>
    <message>
        <source>cannot build the lower zoom levels (%1)</source>
        <translation>낮은 줌 단계를 만들지 못했습니다</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>will not overwrite the inventory itself</source>
        <translation>인벤토리 자신에는 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write the copy: %1</source>
        <translation>복사본을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>event %1: field &apos;%2&apos; is not valid%5 (&apos;%3&apos;)</source>
        <translation>이벤트 %1: &apos;%2&apos; 값이 올바르지 않습니다%4</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>필수 항목이 없습니다</translation>
    </message>
    <message>
        <source>is not a valid field name</source>
        <translation>항목 이름이 올바르지 않습니다</translation>
    </message>
    <message>
        <source>contains a NUL character (\u0000)</source>
        <translation>NUL 문자(\u0000)가 들어 있습니다</translation>
    </message>
    <message>
        <source>is not valid Unicode (a lone surrogate)</source>
        <translation>올바른 유니코드가 아닙니다(짝 없는 서로게이트)</translation>
    </message>
    <message>
        <source>is longer than %1 characters (%2)</source>
        <translation>%1자를 넘습니다(%2자)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>%1이어야 합니다</translation>
    </message>
    <message>
        <source>has more than %1 entries (%2)</source>
        <translation>항목이 %1개를 넘습니다(%2개)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a SHA-256 (64 lowercase hex digits)</source>
        <translation>SHA-256(소문자 16진수 64자)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>is not a field of this kind: only a short text, a number or true/false may ride along</source>
        <translation>정의되지 않은 항목은 짧은 문자열, 숫자, true/false만 됩니다</translation>
    </message>
    <message>
        <source>&apos;kind&apos; is not a kind of event this product defines (&apos;%1&apos;)</source>
        <translation>&apos;kind&apos;: 정의되지 않은 종류입니다(&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>&apos;payload&apos; is %1 bytes, over this kind&apos;s %2</source>
        <translation>&apos;payload&apos;: %1바이트로 한도 %2바이트를 넘습니다</translation>
    </message>
    <message>
        <source>device &apos;%1&apos; has its clock at %2, %4 min ahead of the reference clock %3 (at most %5 min allowed); set that device&apos;s date and time right</source>
        <translation>기기 &apos;%1&apos;의 시계가 %2로, 기준 시각 %3보다 %4분 빠릅니다(허용 %5분). 그 기기의 날짜와 시각을 맞추세요</translation>
    </message>
    <message>
        <source>the file is read-only and was not changed; make it writable or work on a copy</source>
        <translation>읽기 전용 파일이라 바꿀 수 없습니다. 쓰기 권한을 주거나 복사본에 하세요</translation>
    </message>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>the disk is full or a file-size limit was hit; nothing was changed</source>
        <translation>디스크가 가득 찼거나 파일 크기 한도에 걸려 쓰지 못했습니다. 바뀐 것은 없습니다</translation>
    </message>
    <message>
        <source>the file is empty, not an inventory</source>
        <translation>빈 파일입니다. 인벤토리가 아닙니다</translation>
    </message>
    <message>
        <source>the file exists; it will not be overwritten</source>
        <translation>이미 있는 파일입니다. 덮어쓰지 않습니다</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>읽기 전용으로 열었습니다</translation>
    </message>
    <message>
        <source>duplicate code</source>
        <translation>코드가 중복됩니다</translation>
    </message>
    <message>
        <source>no such asset: %1</source>
        <translation>자산이 없습니다</translation>
    </message>
    <message>
        <source>needs_attention needs a reason</source>
        <translation>조치 필요에는 사유가 필요합니다</translation>
    </message>
    <message>
        <source>built-in data missing</source>
        <translation>내장 자료가 없습니다</translation>
    </message>
    <message>
        <source>transform failed</source>
        <translation>좌표 변환 실패</translation>
    </message>
    <message>
        <source>an empty database, not an inventory</source>
        <translation>빈 데이터베이스입니다. 인벤토리가 아닙니다</translation>
    </message>
    <message>
        <source>the file is read-only and needs a schema upgrade; make it writable or open a copy</source>
        <translation>읽기 전용 파일이라 새 스키마로 올릴 수 없습니다. 쓰기 권한을 주거나 복사해서 여세요</translation>
    </message>
    <message>
        <source>schema version %1, expected %2</source>
        <translation>버전 %1, 기대 %2</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>파일 손상</translation>
    </message>
    <message>
        <source>table missing</source>
        <translation>테이블이 없습니다</translation>
    </message>
    <message>
        <source>%1 is not registered</source>
        <translation>%1 미등록</translation>
    </message>
    <message>
        <source>%1 assets missing or wrong in the spatial index</source>
        <translation>%1개 자산의 공간 인덱스가 틀립니다</translation>
    </message>
    <message>
        <source>%1 index entries point to no asset</source>
        <translation>없는 자산 %1건이 인덱스에 있습니다</translation>
    </message>
    <message>
        <source>code %1 used %2 times</source>
        <translation>코드 %1 중복(%2건)</translation>
    </message>
    <message>
        <source>row not produced by the event log</source>
        <translation>이력에 없는 행입니다(로그 밖에서 추가됨)</translation>
    </message>
    <message>
        <source>differs from its event log in: %1</source>
        <translation>이력과 다릅니다(로그 밖에서 수정됨): %1</translation>
    </message>
    <message>
        <source>in the log but missing from the table</source>
        <translation>이력에는 있으나 테이블에 없습니다(로그 밖에서 삭제됨)</translation>
    </message>
    <message>
        <source>photo row not produced by the event log</source>
        <translation>이력에 없는 사진 행</translation>
    </message>
    <message>
        <source>differs from its event log</source>
        <translation>이력과 다릅니다</translation>
    </message>
    <message>
        <source>file missing: %1</source>
        <translation>파일 없음</translation>
    </message>
    <message>
        <source>hash mismatch (file damaged): %1</source>
        <translation>해시 불일치(파일 손상)</translation>
    </message>
    <message>
        <source>in the log but missing from the table</source>
        <comment>inventoryverifier</comment>
        <translation>이력에는 있으나 테이블에 없습니다</translation>
    </message>
    <message>
        <source>cannot save the layer list (read-only?): %1</source>
        <translation>레이어 목록을 저장할 수 없습니다(읽기 전용?)</translation>
    </message>
    <message>
        <source>cannot save the layer list: %1</source>
        <translation>레이어 목록을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>has no layer &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 레이어가 없습니다</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>data range</source>
        <translation>데이터 범위</translation>
    </message>
    <message>
        <source>colour by status, shape by category, names from 1:5,000</source>
        <translation>상태별 색, 분류별 모양, 1:5000부터 명칭</translation>
    </message>
    <message>
        <source>installation progress by dong</source>
        <translation>행정동별 설치 진행률</translation>
    </message>
    <message>
        <source>another row has the same code</source>
        <translation>다른 행과 코드가 같습니다</translation>
    </message>
    <message>
        <source>an asset with %1 photos cannot be deleted</source>
        <translation>사진 %1장이 있는 시설물은 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>deleted outside the log</source>
        <translation>로그 밖에서 삭제됨</translation>
    </message>
    <message>
        <source>added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>수정됨</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>conflicts with a newer event; not applied</source>
        <translation>더 새로운 이벤트와 충돌, 적용하지 않음</translation>
    </message>
    <message>
        <source>rewritten from the log</source>
        <translation>이력에서 다시 씀</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>added</source>
        <comment>outsideedits</comment>
        <translation>추가</translation>
    </message>
    <message>
        <source>deleted</source>
        <comment>outsideedits</comment>
        <translation>삭제</translation>
    </message>
    <message>
        <source>conflict, the log stands</source>
        <translation>충돌, 이력 유지</translation>
    </message>
    <message>
        <source>no store part registered for schema %1 (link gc_core)</source>
        <translation>스키마 %1을 만드는 부분이 등록되지 않았습니다(gc_core를 링크하세요)</translation>
    </message>
    <message>
        <source>not a GeoPackage (SQLite) file</source>
        <translation>GeoPackage(SQLite) 파일이 아닙니다</translation>
    </message>
    <message>
        <source>not a GeoPackage (its application_id is not GPKG)</source>
        <translation>GeoPackage 파일이 아닙니다(application_id)</translation>
    </message>
    <message>
        <source>this GeoPackage is not a goodcity inventory; bring its features in with `goodcity-cli import`</source>
        <translation>goodcity 인벤토리가 아닌 GeoPackage입니다. `goodcity-cli import`로 가져오세요</translation>
    </message>
    <message>
        <source>made by a newer goodcity (schema %1); this version reads up to schema %2. Update goodcity; the file was not changed.</source>
        <translation>더 새로운 goodcity(스키마 %1)로 만든 파일입니다. 프로그램을 업데이트하세요(스키마 %2까지 지원)</translation>
    </message>
    <message>
        <source>cannot write the file (read-only?): %1</source>
        <translation>파일을 고칠 수 없습니다(읽기 전용?)</translation>
    </message>
    <message>
        <source>migration to schema %1 failed; the file is unchanged: %2</source>
        <translation>스키마 %1로 올리지 못했습니다. 파일은 그대로입니다</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>제출됨</translation>
    </message>
    <message>
        <source>has issues</source>
        <translation>보완 요청</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>반려</translation>
    </message>
    <message>
        <source>open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>미제출</translation>
    </message>
    <message>
        <source>the survey needs a title</source>
        <translation>조사 제목이 비어 있습니다</translation>
    </message>
    <message>
        <source>deadline &apos;%1&apos; must be YYYY-MM-DD</source>
        <translation>마감일 &apos;%1&apos;은 YYYY-MM-DD 형식이어야 합니다</translation>
    </message>
    <message>
        <source>unknown category or design variant: %1; categories: %2; variants: %3</source>
        <translation>알 수 없는 분류/디자인: %1</translation>
    </message>
    <message>
        <source>no such survey</source>
        <translation>수요조사가 없습니다: %1</translation>
    </message>
    <message>
        <source>the survey is already closed</source>
        <translation>&apos;%1&apos;은 이미 마감되었습니다</translation>
    </message>
    <message>
        <source>the survey &apos;%1&apos; is closed and takes no more answers</source>
        <translation>&apos;%1&apos; 조사는 마감되어 더 받지 않습니다</translation>
    </message>
    <message>
        <source>no asset has this code; leave it empty for a facility not yet in the inventory</source>
        <translation>인벤토리에 없는 코드입니다. 새 시설물이면 코드를 비워 두세요</translation>
    </message>
    <message>
        <source>not in this survey; allowed: %2</source>
        <comment>category</comment>
        <translation>이번 조사 대상 분류가 아닙니다(%1)</translation>
    </message>
    <message>
        <source>differs from the category of %1 (%2)</source>
        <translation>코드 %1의 분류(%2)와 다릅니다</translation>
    </message>
    <message>
        <source>not in this survey; allowed: %2</source>
        <comment>variant</comment>
        <translation>이번 조사 대상 디자인이 아닙니다(%1)</translation>
    </message>
    <message>
        <source>a needed facility takes 1 to 1000 marks</source>
        <translation>필요한 시설물의 수량은 1~1000입니다</translation>
    </message>
    <message>
        <source>the location lies outside Geumcheon-gu</source>
        <translation>위치가 금천구 밖입니다</translation>
    </message>
    <message>
        <source>vehicles need their inventory code; register a new vehicle first</source>
        <translation>행정차량은 인벤토리 코드가 필요합니다(새 차량은 먼저 등록)</translation>
    </message>
    <message>
        <source>a facility not yet in the inventory needs a location (map pick or X/Y)</source>
        <translation>새 시설물은 위치(지도에서 선택 또는 X/Y 좌표)가 필요합니다</translation>
    </message>
    <message>
        <source>name the department</source>
        <translation>부서를 정해 주세요</translation>
    </message>
    <message>
        <source>the sheet cannot change while it is %3</source>
        <translation>%1: &apos;%2&apos; 상태에서는 고칠 수 없습니다</translation>
    </message>
    <message>
        <source>the code appears twice</source>
        <translation>같은 코드가 두 번 있습니다</translation>
    </message>
    <message>
        <source>nothing to submit</source>
        <translation>제출할 내용이 없습니다</translation>
    </message>
    <message>
        <source>the decision is one of has_issues, approved, rejected</source>
        <translation>결정은 has_issues, approved, rejected 중 하나입니다</translation>
    </message>
    <message>
        <source>only a submitted sheet can be reviewed; this one is %3</source>
        <translation>%1: &apos;%2&apos; 상태는 검토할 수 없습니다(제출된 것만)</translation>
    </message>
    <message>
        <source>has_issues and rejected need a comment for the department</source>
        <translation>보완 요청과 반려에는 의견이 필요합니다</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>GDAL has no XLSX driver</source>
        <translation>GDAL에 XLSX 드라이버가 없습니다</translation>
    </message>
    <message>
        <source>the file was not written</source>
        <translation>파일을 쓰지 못했습니다</translation>
    </message>
    <message>
        <source>not a spreadsheet GDAL can read</source>
        <translation>읽을 수 없는 표 파일입니다</translation>
    </message>
    <message>
        <source>no &apos;%2&apos; column; keep the template&apos;s header row</source>
        <translation>&apos;%1&apos; 열이 없습니다. 템플릿의 첫 줄 제목을 지켜 주세요</translation>
    </message>
    <message>
        <source>write 필요 (needed) or 불필요 (not needed)</source>
        <translation>&apos;필요&apos; 또는 &apos;불필요&apos;로 적어 주세요</translation>
    </message>
    <message>
        <source>no such photo file beside the sheet</source>
        <translation>시트와 같은 폴더에 이 사진 파일이 없습니다</translation>
    </message>
    <message>
        <source>the code appears twice in the sheet</source>
        <translation>같은 코드가 시트에 두 번 있습니다</translation>
    </message>
    <message>
        <source>only XLSX or CSV files are taken</source>
        <translation>XLSX 또는 CSV 파일만 받습니다</translation>
    </message>
    <message>
        <source>columns not read</source>
        <translation>읽지 않은 열: %1</translation>
    </message>
    <message>
        <source>differs from the event log</source>
        <translation>이력과 다릅니다(로그 밖에서 수정됨)</translation>
    </message>
    <message>
        <source>row %1 differs from the event log</source>
        <translation>%1행 이력과 다릅니다(로그 밖에서 수정됨)</translation>
    </message>
    <message>
        <source>%1 rows in the log but missing from the table</source>
        <translation>이력에는 있으나 테이블에 없는 행 %1개(로그 밖에서 삭제됨)</translation>
    </message>
    <message>
        <source>progress %1 (classes on data range)</source>
        <translation>진행률 %1 (구간: 자료 범위)</translation>
    </message>
    <message>
        <source>progress %1 (fixed classes)</source>
        <translation>진행률 %1 (구간: 고정)</translation>
    </message>
    <message>
        <source>unknown coordinate reference system &quot;%1&quot;%2</source>
        <translation>좌표계를 알 수 없습니다</translation>
    </message>
    <message>
        <source>no transformation from %1 to %2: %3</source>
        <translation>%1 에서 %2 로 변환할 수 없습니다</translation>
    </message>
    <message>
        <source>basemap file not found</source>
        <translation>배경지도 파일이 없습니다</translation>
    </message>
    <message>
        <source>GDAL cannot open it as a basemap raster (%1)</source>
        <translation>GDAL이 배경지도로 열 수 없습니다</translation>
    </message>
    <message>
        <source>a raster without a CRS and georeferencing cannot be a basemap</source>
        <translation>좌표계나 지리참조가 없는 래스터는 배경지도가 될 수 없습니다</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>not a raster GDAL can read (%1)</source>
        <translation>읽을 수 있는 래스터가 아닙니다</translation>
    </message>
    <message>
        <source>has no raster bands</source>
        <translation>래스터 밴드가 없습니다</translation>
    </message>
    <message>
        <source>a %2×%3 pixel raster without overviews would stall the map; build overviews with `gdaladdo &quot;%1&quot;` and add it again</source>
        <translation>%2×%3 픽셀 래스터에 오버뷰가 없어 지도가 멈춥니다. `gdaladdo &quot;%1&quot;`로 오버뷰를 만든 뒤 다시 추가하세요</translation>
    </message>
    <message>
        <source>unknown CRS &quot;%1&quot;</source>
        <translation>좌표계 &quot;%1&quot;를 알 수 없습니다</translation>
    </message>
    <message>
        <source>the raster does not say its coordinate system; set the CRS in the layer settings</source>
        <translation>좌표계 정보가 없습니다. 레이어 설정에서 좌표계를 지정하세요</translation>
    </message>
    <message>
        <source>the raster has no georeferencing (no world file)</source>
        <translation>지리참조 정보가 없습니다(월드 파일 없음)</translation>
    </message>
    <message>
        <source>cannot set up reprojection (%1)</source>
        <translation>좌표 변환을 준비하지 못했습니다</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>the system&apos;s reason a file cannot be read</comment>
        <translation>파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>not UTF-8: read as CP949</source>
        <translation>UTF-8이 아니어서 CP949로 읽었습니다</translation>
    </message>
    <message>
        <source>read as %1</source>
        <translation>인코딩 %1로 읽었습니다</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 or holds broken characters (mojibake); for a CP949 (Excel) file use --encoding CP949</source>
        <translation>UTF-8 글자가 아니거나 깨진 글자(�)가 있습니다. CP949(엑셀 기본) 파일이면 --encoding CP949로 가져오세요</translation>
    </message>
    <message>
        <source>cannot map in memory</source>
        <translation>메모리에 올릴 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is always Unicode; the encoding %2 was not used</source>
        <translation>%1은 항상 유니코드라 인코딩 %2은 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>no .cpg and not UTF-8: read as CP949</source>
        <translation>.cpg가 없고 UTF-8이 아니어서 CP949로 읽었습니다</translation>
    </message>
    <message>
        <source>cannot be read as a %1 file; check that the extension matches the contents</source>
        <translation>%1 파일로 읽을 수 없습니다. 확장자와 내용이 맞는지 확인하세요</translation>
    </message>
    <message>
        <source>not a table or vector file GDAL can read</source>
        <translation>GDAL이 읽을 수 있는 표나 벡터 파일이 아닙니다</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes); get the file again with its contents</source>
        <translation>파일이 비어 있습니다(0 바이트). 내용이 있는 파일을 다시 받으세요</translation>
    </message>
    <message>
        <source>not a GIS file GDAL can read%1</source>
        <translation>읽을 수 있는 GIS 파일이 아닙니다</translation>
    </message>
    <message>
        <source>%1 features could not be read and were skipped</source>
        <translation>%1개 도형을 읽지 못해 건너뜀</translation>
    </message>
    <message>
        <source>cannot map in memory</source>
        <comment>vectorlayer</comment>
        <translation>메모리 파일을 만들 수 없습니다</translation>
    </message>
    <message>
        <source>the file does not say its coordinate system (no .prj); set the CRS in the layer settings</source>
        <translation>좌표계 정보가 없습니다(.prj 없음). 레이어 설정에서 좌표계를 지정하세요</translation>
    </message>
    <message>
        <source>has no vector layers</source>
        <translation>벡터 레이어가 없습니다</translation>
    </message>
    <message>
        <source>no field &quot;%1&quot; for labels</source>
        <translation>라벨 필드 &quot;%1&quot;가 없습니다</translation>
    </message>
    <message>
        <source>error while reading: %1</source>
        <translation>읽는 중 오류</translation>
    </message>
    <message>
        <source>%1 features could not be reprojected and were skipped</source>
        <translation> %1개 도형을 변환하지 못해 건너뜀</translation>
    </message>
    <message>
        <source>cannot write the file (%1)</source>
        <translation>파일을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is larger than 2 GiB</source>
        <translation>%1이(가) 2 GiB를 넘습니다</translation>
    </message>
    <message>
        <source>the server&apos;s store is unavailable right now; nothing was lost, sync again in a while</source>
        <translation>서버 저장소를 지금 쓸 수 없습니다. 보낼 자료는 기기에 남아 있으니 잠시 후 다시 동기화하세요</translation>
    </message>
    <message>
        <source>the request line and headers exceed %1 KB</source>
        <translation>요청 머리글이 %1KB를 넘습니다</translation>
    </message>
    <message>
        <source>the request head is not well-formed HTTP/1.1: %1</source>
        <translation>요청 머리글이 HTTP/1.1 형식이 아닙니다</translation>
    </message>
    <message>
        <source>send a Content-Length (chunked bodies are not accepted)</source>
        <translation>Content-Length가 필요합니다</translation>
    </message>
    <message>
        <source>without a valid login a request carries at most %1 KB</source>
        <translation>로그인하지 않은 요청은 %1KB까지입니다</translation>
    </message>
    <message>
        <source>the body exceeds %1 KB (%2 bytes)</source>
        <translation>요청 본문이 %1KB를 넘습니다(%2바이트)</translation>
    </message>
    <message>
        <source>use POST</source>
        <translation>POST만 됩니다</translation>
    </message>
    <message>
        <source>no such endpoint: %1</source>
        <translation>없는 주소입니다</translation>
    </message>
    <message>
        <source>malformed path: %1</source>
        <translation>잘못된 주소입니다</translation>
    </message>
    <message>
        <source>log in first (no bearer token)</source>
        <translation>로그인이 필요합니다</translation>
    </message>
    <message>
        <source>the session expired or is not valid; log in again</source>
        <translation>로그인이 만료되었거나 올바르지 않습니다. 다시 로그인하세요</translation>
    </message>
    <message>
        <source>a photo is named by its SHA-256 (64 lowercase hex digits)</source>
        <translation>사진 이름은 SHA-256(소문자 16진수 64자)이어야 합니다</translation>
    </message>
    <message>
        <source>no such endpoint: %1 %2</source>
        <translation>없는 주소입니다</translation>
    </message>
    <message>
        <source>only the office reviews conflicts</source>
        <translation>충돌 목록은 사무실만 봅니다</translation>
    </message>
    <message>
        <source>the server has no such photo</source>
        <translation>서버에 없는 사진입니다</translation>
    </message>
    <message>
        <source>rendition is one of thumb, preview, original, not &apos;%1&apos;</source>
        <translation>rendition은 thumb, preview, original 중 하나입니다</translation>
    </message>
    <message>
        <source>too many failed logins; try again in %1 s</source>
        <translation>로그인 실패가 너무 많습니다. %1초 뒤에 다시 하세요</translation>
    </message>
    <message>
        <source>too many logins in progress; try again in 1 s</source>
        <translation>진행 중인 로그인이 너무 많습니다. 1초 뒤에 다시 하세요</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>사용자 이름 또는 비밀번호가 틀립니다</translation>
    </message>
    <message>
        <source>only an admin unlocks a login</source>
        <translation>로그인 잠금은 관리자만 풉니다</translation>
    </message>
    <message>
        <source>send {&quot;user&quot;: NAME}</source>
        <translation>{&quot;user&quot;: 이름}이 필요합니다</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is missing or not of JSON type %2</source>
        <translation>&apos;%1&apos; 항목이 없거나 JSON 형식 %2이(가) 아닙니다</translation>
    </message>
    <message>
        <source>the body is not a JSON object: %1</source>
        <translation>JSON이 아닙니다</translation>
    </message>
    <message>
        <source>at most %1 events per request</source>
        <translation>한 번에 %1건까지 보낼 수 있습니다</translation>
    </message>
    <message>
        <source>event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>&apos;after&apos; is a whole number ≥ 0</source>
        <translation>after는 0 이상의 정수입니다</translation>
    </message>
    <message>
        <source>&apos;limit&apos; is a whole number ≥ 1</source>
        <translation>limit은 1 이상의 정수입니다</translation>
    </message>
    <message>
        <source>&apos;offset&apos; and &apos;total&apos; are required</source>
        <translation>offset과 total이 필요합니다</translation>
    </message>
    <message>
        <source>photos are limited to %1 MB</source>
        <translation>사진은 %1MB까지입니다</translation>
    </message>
    <message>
        <source>only the office reviews photo verdicts</source>
        <translation>사진 판정은 사무실만 봅니다</translation>
    </message>
    <message>
        <source>no verdict for this photo</source>
        <translation>이 사진의 판정이 없습니다</translation>
    </message>
    <message>
        <source>the password needs at least %1 characters</source>
        <translation>비밀번호는 %1자 이상이어야 합니다</translation>
    </message>
    <message>
        <source>libsodium failed to initialise</source>
        <translation>libsodium을 초기화할 수 없습니다</translation>
    </message>
    <message>
        <source>out of memory while hashing the password</source>
        <translation>메모리가 부족해 비밀번호를 처리할 수 없습니다</translation>
    </message>
    <message>
        <source>not a server store (no %2); run `goodcity-server --store FILE init` first</source>
        <translation>서버 저장소가 아닙니다(%2 없음). 먼저 `goodcity-server --store FILE init`을 실행하세요</translation>
    </message>
    <message>
        <source>already exists; it will not be overwritten</source>
        <translation>이미 있습니다. 덮어쓰지 않습니다</translation>
    </message>
    <message>
        <source>the server store file is damaged</source>
        <translation>서버 저장소 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>photo %1: another user is uploading it</source>
        <translation>사진 %1: 다른 사용자가 올리는 중입니다</translation>
    </message>
    <message>
        <source>photo %1: the server holds %2 bytes; resume there</source>
        <translation>사진 %1: 서버는 %2바이트까지 받았습니다</translation>
    </message>
    <message>
        <source>photo %1: longer than its declared %2 bytes</source>
        <translation>사진 %1: 선언한 크기(%2바이트)보다 깁니다</translation>
    </message>
    <message>
        <source>cannot write: %2</source>
        <translation>쓸 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>읽을 수 없습니다</translation>
    </message>
    <message>
        <source>photo %1: the received file&apos;s SHA-256 differs; send it again</source>
        <translation>사진 %1: 받은 파일의 SHA-256이 다릅니다. 다시 보내세요</translation>
    </message>
    <message>
        <source>malformed photo name</source>
        <translation>잘못된 사진 이름</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; already exists</source>
        <translation>사용자 &apos;%1&apos;이(가) 이미 있습니다</translation>
    </message>
    <message>
        <source>no PEM certificate in this file</source>
        <translation>PEM 인증서가 없습니다</translation>
    </message>
    <message>
        <source>not an unencrypted PEM private key (RSA, EC)</source>
        <translation>암호 없는 PEM 개인 키(RSA, EC)가 아닙니다</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2 (port in use?): %3</source>
        <translation>%1:%2에서 기다릴 수 없습니다(포트 사용 중?)</translation>
    </message>
    <message>
        <source>bad option: %1</source>
        <translation>옵션이 잘못되었습니다</translation>
    </message>
    <message>
        <source>unknown option: --%1</source>
        <translation>알 수 없는 옵션</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL: %2</source>
        <translation>PostgreSQL에 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>not a goodcity store; run `goodcity-server --store URL init` first</source>
        <translation>goodcity 저장소가 아닙니다. 먼저 `goodcity-server --store URL init`을 실행하세요</translation>
    </message>
    <message>
        <source>no store_id</source>
        <translation>store_id가 없습니다</translation>
    </message>
    <message>
        <source>a goodcity store already exists here; it was left as it is</source>
        <translation>이미 goodcity 저장소가 있습니다. 기존 데이터는 그대로 둡니다</translation>
    </message>
    <message>
        <source>cannot enable the PostGIS extension: %1</source>
        <translation>PostGIS 확장을 켤 수 없습니다</translation>
    </message>
    <message>
        <source>photo %1: the received file&apos;s SHA-256 is %2; send it again</source>
        <translation>사진 %1: 받은 파일의 SHA-256이 다릅니다(%2). 다시 보내세요</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>PostgreSQL: %1 실패</translation>
    </message>
    <message>
        <source>the server is receiving other large requests; send it again shortly</source>
        <translation>서버가 지금 다른 큰 요청을 받는 중입니다. 잠시 후 다시 보내세요</translation>
    </message>
    <message>
        <source>created an empty store</source>
        <translation>빈 저장소를 만들었습니다</translation>
    </message>
    <message>
        <source>loaded %3 events and %4 photos from %2</source>
        <translation>%2에서 이벤트 %3건, 사진 %4장을 가져왔습니다</translation>
    </message>
    <message>
        <source>%1 photo files are missing</source>
        <translation>사진 파일 %1개가 없습니다</translation>
    </message>
    <message>
        <source>one of admin, office, crew, department, not &apos;%1&apos;</source>
        <translation>--role: admin, office, crew, department 중 하나</translation>
    </message>
    <message>
        <source>the department role needs --department</source>
        <translation>department 역할에는 --department가 필요합니다</translation>
    </message>
    <message>
        <source>a user name has no spaces and at most 64 characters</source>
        <translation>사용자 이름은 공백 없이 64자까지</translation>
    </message>
    <message>
        <source>added user %1 (%2)</source>
        <translation>사용자 %1(%2)을(를) 추가했습니다</translation>
    </message>
    <message>
        <source>no user &apos;%1&apos;</source>
        <translation>사용자 &apos;%1&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <source>changed %1&apos;s password and ended all its sessions</source>
        <translation>%1의 비밀번호를 바꾸고 모든 로그인을 끝냈습니다</translation>
    </message>
    <message>
        <source>disabled %1 and ended all its sessions; `user passwd` enables it again</source>
        <translation>%1을(를) 잠그고 모든 로그인을 끝냈습니다. 다시 열려면 user passwd</translation>
    </message>
    <message>
        <source>ended %2 sessions of %1</source>
        <translation>%1의 로그인 %2개를 끝냈습니다</translation>
    </message>
    <message>
        <source>whole minutes ≥ 1 (not &apos;%1&apos;)</source>
        <translation>--max-clock-ahead: 1 이상의 분</translation>
    </message>
    <message>
        <source>warning: plain HTTP; passwords and tokens cross the network readable. Use --tls-cert/--tls-key or put a TLS reverse proxy in front</source>
        <translation>경고: 암호화하지 않은 HTTP입니다. 비밀번호와 토큰이 그대로 지나갑니다. --tls-cert/--tls-key를 쓰거나 TLS 역방향 프록시 뒤에 두세요</translation>
    </message>
    <message>
        <source>e.g. 127.0.0.1:8080 (not &apos;%1&apos;)</source>
        <translation>--listen HOST:PORT, 예</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>이 도움말</translation>
    </message>
    <message>
        <source>unknown option: %1</source>
        <translation>알 수 없는 옵션</translation>
    </message>
    <message>
        <source>option given more than once: %1</source>
        <translation>한 번만 줄 수 있는 옵션입니다</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>알 수 없는 명령</translation>
    </message>
    <message>
        <source>photo %1: you already have %2 unfinished photo uploads (at most %3); finish one first</source>
        <translation>사진 %1: 끝나지 않은 사진 올리기가 이미 %2개입니다(최대 %3개). 하나를 마친 뒤 다시 하세요</translation>
    </message>
    <message>
        <source>photo %1: your unfinished photo uploads would exceed %2 MB together</source>
        <translation>사진 %1: 끝나지 않은 사진 올리기가 모두 %2MB를 넘게 됩니다</translation>
    </message>
    <message>
        <source>ko or en, not &apos;%1&apos;</source>
        <translation>--lang: ko 또는 en</translation>
    </message>
    <message>
        <source>expected WxH such as 1280x800, not &apos;%1&apos;</source>
        <translation>--size: 예 1280x800</translation>
    </message>
    <message>
        <source>cannot open the photo: %2</source>
        <translation>사진을 열 수 없습니다</translation>
    </message>
    <message>
        <source>no inventory is open</source>
        <translation>목록이 열려 있지 않습니다</translation>
    </message>
    <message>
        <source>no inventory is open</source>
        <comment>fieldcontroller</comment>
        <translation>열린 인벤토리가 없습니다</translation>
    </message>
    <message>
        <source>no asset matches the label (%1)</source>
        <translation>라벨(%1)에 해당하는 시설물이 없습니다</translation>
    </message>
    <message>
        <source>no QR label could be read; take it closer or type the code</source>
        <translation>QR 라벨을 읽지 못했습니다. 더 가까이서 찍거나 코드를 입력하세요</translation>
    </message>
    <message>
        <source>cannot open the NMEA log %1: %2</source>
        <translation>NMEA 기록을 열 수 없습니다</translation>
    </message>
    <message>
        <source>the NMEA log cannot be read: %1</source>
        <translation>NMEA 기록을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>name who adopts the edits</source>
        <translation>누가 받아들이는지 이름을 적으세요</translation>
    </message>
    <message>
        <source>adopted %1 assets as %3 events by %2</source>
        <translation>시설물 %1건을 %2의 이벤트 %3개로 기록했습니다</translation>
    </message>
    <message>
        <source>The photo file dialog cannot open (%1: %2). Pick the photo from the list below or type its path.</source>
        <translation>사진 선택 창을 열 수 없습니다(%1: %2). 아래 목록에서 사진을 고르거나 경로를 입력하세요</translation>
    </message>
    <message>
        <source>set the server address and the inventory first</source>
        <translation>서버 주소와 인벤토리를 먼저 정하세요</translation>
    </message>
    <message>
        <source>cannot read the certificate: %2</source>
        <translation>인증서를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1 received changes could not be used and were set aside: %2</source>
        <translation>받은 변경 %1건은 쓸 수 없어 따로 두었습니다</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>배경지도</translation>
    </message>
    <message>
        <source>Dongs</source>
        <translation>행정동</translation>
    </message>
    <message>
        <source>cannot open the folder: %1</source>
        <translation>폴더를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>a PIN is %1 to %2 digits</source>
        <translation>PIN은 숫자 %1~%2자리입니다</translation>
    </message>
    <message>
        <source>a name is needed</source>
        <translation>이름이 필요합니다</translation>
    </message>
    <message>
        <source>a user named %1 exists already</source>
        <translation>같은 이름의 사용자가 이미 있습니다</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>PIN이 맞지 않습니다</translation>
    </message>
    <message>
        <source>no such user: %1</source>
        <translation>사용자가 없습니다</translation>
    </message>
    <message>
        <source>differs from the event log</source>
        <comment>fieldstorepart</comment>
        <translation>gc_users: %1 &apos;%2&apos; 이력과 다릅니다(로그 밖에서 수정됨)</translation>
    </message>
    <message>
        <source>differs from the event log</source>
        <comment>fieldstorepart2</comment>
        <translation>place_proposals: %1 이력과 다릅니다(로그 밖에서 수정됨)</translation>
    </message>
    <message>
        <source>rows in the log are missing from the table</source>
        <translation>gc_users/place_proposals: 이력에는 있으나 테이블에 없는 행이 있습니다(로그 밖에서 삭제됨)</translation>
    </message>
    <message>
        <source>the %2 is not a JPEG or PNG photo — retake it or choose another: %3</source>
        <translation>%1이(가) 사진(JPEG/PNG)이 아닙니다 — 다시 찍거나 다른 사진을 고르세요</translation>
    </message>
    <message>
        <source>a review request needs a reason of at least %1 characters why the photo is right</source>
        <translation>검토 요청에는 사진이 맞는 이유를 %1자 이상 적어 주세요</translation>
    </message>
    <message>
        <source>a before photo is needed</source>
        <translation>교체 전 사진이 필요합니다</translation>
    </message>
    <message>
        <source>an after photo is needed</source>
        <translation>교체 후 사진이 필요합니다</translation>
    </message>
    <message>
        <source>choose an attachment method</source>
        <translation>부착방식을 고르세요: %1</translation>
    </message>
    <message>
        <source>the number of marks is 1 to 99</source>
        <translation>부착수량은 1~99입니다</translation>
    </message>
    <message>
        <source>choose a reason</source>
        <translation>사유를 고르세요: %1</translation>
    </message>
    <message>
        <source>&apos;other&apos; needs a note</source>
        <translation>&apos;기타&apos;에는 설명이 필요합니다</translation>
    </message>
    <message>
        <source>a photo of the place is needed</source>
        <translation>현장 사진이 필요합니다</translation>
    </message>
    <message>
        <source>choose a category</source>
        <translation>분류를 고르세요: %1</translation>
    </message>
    <message>
        <source>the place is outside Geumcheon-gu</source>
        <translation>금천구 밖의 위치입니다</translation>
    </message>
    <message>
        <source>a photo of the place is needed</source>
        <comment>fieldwork</comment>
        <translation>장소 사진이 필요합니다</translation>
    </message>
    <message>
        <source>kept: choose one of the two conflicting edits, not &apos;%1&apos;</source>
        <translation>kept: 충돌한 두 변경 중 하나를 고르세요(&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>this conflict was already settled</source>
        <translation>이 충돌은 이미 정리되었습니다</translation>
    </message>
    <message>
        <source>both edits are not on this device yet: sync first</source>
        <translation>두 변경이 아직 이 기기에 없습니다. 먼저 동기화하세요</translation>
    </message>
    <message>
        <source>could not read the dashboard summary: %2</source>
        <translation>현황 집계를 읽지 못했습니다</translation>
    </message>
    <message>
        <source>the Korean font NanumGothic is missing; install fonts-nanum</source>
        <translation>한글 글꼴(NanumGothic)이 없습니다. fonts-nanum을 설치하세요</translation>
    </message>
    <message>
        <source>no assets match the filter; no labels were made</source>
        <translation>조건에 맞는 시설물이 없어 라벨을 만들지 않았습니다</translation>
    </message>
    <message>
        <source>asset labels</source>
        <translation>시설물 QR 라벨</translation>
    </message>
    <message>
        <source>cannot create the PDF</source>
        <translation>PDF를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot encode the QR code</source>
        <translation>QR 코드를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>could not write the PDF</source>
        <translation>PDF를 쓰지 못했습니다</translation>
    </message>
    <message>
        <source>not awaiting review (it is %3)</source>
        <translation>검수 대기(설치) 상태가 아닙니다(현재 &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>cannot approve: there is no after photo</source>
        <translation>설치 후 사진이 없어 승인할 수 없습니다</translation>
    </message>
    <message>
        <source>a rejection needs a comment for the crew</source>
        <translation>반려 사유(코멘트)를 적어 주세요</translation>
    </message>
    <message>
        <source>choose a crew</source>
        <translation>assignee: 작업팀을 고르세요</translation>
    </message>
    <message>
        <source>priority is 1 (high) to 3 (low), not %1</source>
        <translation>priority: 우선순위는 1(높음)~3(낮음)입니다, &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the plan was made for %1</source>
        <translation>assignee: 계획의 작업팀(%1)과 다릅니다</translation>
    </message>
    <message>
        <source>no such assignment batch: %1</source>
        <translation>배정 묶음이 없습니다</translation>
    </message>
    <message>
        <source>no review decision to undo: the status changed since</source>
        <translation>되돌릴 검수 결정이 없습니다(그 뒤에 상태가 바뀌었습니다)</translation>
    </message>
    <message>
        <source>no such proposal: %1</source>
        <translation>제안이 없습니다</translation>
    </message>
    <message>
        <source>the proposal was already decided (%2)</source>
        <translation>이미 처리된 제안입니다(%2)</translation>
    </message>
    <message>
        <source>not a department of the inventory</source>
        <translation>department = &apos;%1&apos;: 인벤토리에 없는 관리부서입니다. 가능한 값: %2</translation>
    </message>
    <message>
        <source>unknown category</source>
        <translation>category = &apos;%1&apos;: 없는 분류입니다. 가능한 값: %2</translation>
    </message>
    <message>
        <source>say why the place is declined</source>
        <translation>반려 사유를 적어 주세요</translation>
    </message>
    <message>
        <source>the rollout plan setting &apos;%1&apos; is not valid: &apos;%2&apos;</source>
        <translation>롤아웃 계획 설정 &apos;%1&apos; 값이 잘못되었습니다: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot open the reference mark %1: %2</source>
        <translation>기준 마크 파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>cannot decode the reference mark %1</source>
        <translation>기준 마크 이미지를 해독할 수 없습니다</translation>
    </message>
    <message>
        <source>the reference mark %1 is almost entirely transparent</source>
        <translation>기준 마크가 거의 투명합니다</translation>
    </message>
    <message>
        <source>the reference mark %1 has too little detail to be found in photos</source>
        <translation>기준 마크에 특징점이 너무 적습니다</translation>
    </message>
    <message>
        <source>the photo is too small (%1×%2); each side must be at least %3 pixels</source>
        <translation>사진이 너무 작습니다(%1×%2). 한 변이 %3픽셀 이상이어야 합니다</translation>
    </message>
    <message>
        <source>not a JPEG or PNG: EXIF not read</source>
        <translation>JPEG나 PNG가 아니라 EXIF를 읽지 않았습니다</translation>
    </message>
    <message>
        <source>cannot read EXIF</source>
        <translation>EXIF를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read EXIF: %1</source>
        <translation>EXIF를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write EXIF</source>
        <translation>EXIF를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write EXIF: %1</source>
        <translation>EXIF를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>the original is kept as it came</source>
        <translation>원본은 그대로 둡니다</translation>
    </message>
    <message>
        <source>cannot encode the rendition</source>
        <translation>미리보기를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot encode the rendition: %1</source>
        <translation>미리보기를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>the photo file is empty</source>
        <translation>사진 파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>a damaged file holds this name; it is not overwritten</source>
        <translation>같은 이름의 손상된 파일이 있습니다. 덮어쓰지 않습니다</translation>
    </message>
    <message>
        <source>could not store the photo: %2</source>
        <translation>사진을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>cannot read the photo: %2</source>
        <translation>사진을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>no asset %1 in the inventory</source>
        <translation>인벤토리에 시설물 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>요약을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>0 이상이어야 합니다</translation>
    </message>
    <message>
        <source>malformed photo name: %1</source>
        <translation>잘못된 사진 이름</translation>
    </message>
    <message>
        <source>this inventory is a copy of another server store (%2), so it does not sync with this server (store %3); start from a copy of this server&apos;s inventory</source>
        <translation>다른 서버 저장소(%2)에서 만든 인벤토리 사본이라 이 서버(저장소 %3)와 동기화하지 않습니다. 이 서버의 인벤토리 사본으로 시작하세요</translation>
    </message>
    <message>
        <source>the answer was cut off: %1</source>
        <translation>답이 중간에 끊겼습니다</translation>
    </message>
    <message>
        <source>received %2 of the answer&apos;s %1 bytes</source>
        <translation>답의 %1바이트 중 %2바이트만 받았습니다</translation>
    </message>
    <message>
        <source>the answer is not whole JSON: %1</source>
        <translation>답이 온전한 JSON이 아닙니다</translation>
    </message>
    <message>
        <source>not encrypted: the password and token would cross the network readable. Use https://, or add --insecure on a network you trust</source>
        <translation>암호화하지 않은 주소입니다. 비밀번호와 토큰이 네트워크에 그대로 보입니다. https://를 쓰거나, 믿을 수 있는 망이면 --insecure를 붙이세요</translation>
    </message>
    <message>
        <source>the server (%1) is reachable but no whole answer came in %2 tries (the network cut it); nothing waiting to be sent was lost: %3</source>
        <translation>서버(%1)의 답이 %2번 모두 온전히 오지 않았습니다(네트워크). 보낼 자료는 그대로 보관됩니다</translation>
    </message>
    <message>
        <source>cannot reach the server (%1) after %2 tries; nothing waiting to be sent was lost: %3</source>
        <translation>서버(%1)에 연결할 수 없습니다. %2번 시도했습니다. 보낼 자료는 그대로 보관됩니다</translation>
    </message>
    <message>
        <source>login</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>login: the server&apos;s answer holds no session token</source>
        <translation>로그인: 서버의 답에 토큰이 없습니다</translation>
    </message>
    <message>
        <source>logout</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>photo verdicts</source>
        <translation>사진 판정</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>충돌 목록</translation>
    </message>
    <message>
        <source>who am I</source>
        <translation>사용자 확인</translation>
    </message>
    <message>
        <source>the server&apos;s answer (%1) names no store id; nothing was changed, the next sync asks again</source>
        <translation>서버(%1)의 답에 저장소 id가 없습니다. 아무것도 바꾸지 않았고 다음 동기화에서 다시 묻습니다</translation>
    </message>
    <message>
        <source>photo %1</source>
        <translation>사진 %1</translation>
    </message>
    <message>
        <source>photo %1: the server asked %2 times in a row to resume elsewhere; the next sync tries again</source>
        <translation>사진 %1: 서버가 %2번 연속 다른 위치에서 이어 보내라고 답했습니다. 다음 동기화에서 다시 합니다</translation>
    </message>
    <message>
        <source>uploading photo %1</source>
        <translation>사진 %1 올리기</translation>
    </message>
    <message>
        <source>%1 changes were kept on this device, not sent: %2</source>
        <translation>변경 %1건을 보내지 않고 이 기기에 두었습니다</translation>
    </message>
    <message>
        <source>sending %1 changes</source>
        <translation>변경 %1건 보내기</translation>
    </message>
    <message>
        <source>sending %1 changes (the server may have stored them; sent again by the next sync, each is stored once)</source>
        <translation>변경 %1건 보내기(서버가 받았을 수 있으며, 다음 동기화에서 다시 보내도 한 번만 저장됩니다)</translation>
    </message>
    <message>
        <source>the server acknowledged %2 of %1 changes</source>
        <translation>서버가 %1건 중 %2건만 확인했습니다</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>변경 받기</translation>
    </message>
    <message>
        <source>receiving changes: the server&apos;s answer lacks its events or cursor</source>
        <translation>변경 받기: 서버의 답에 변경 목록이나 커서가 없습니다</translation>
    </message>
    <message>
        <source>change %1 was not merged: %2</source>
        <translation>받은 변경 %1을(를) 반영하지 않았습니다</translation>
    </message>
    <message>
        <source>the photo&apos;s name is not a SHA-256</source>
        <translation>사진 이름이 SHA-256이 아닙니다</translation>
    </message>
    <message>
        <source>downloading photo %1</source>
        <translation>사진 %1 받기</translation>
    </message>
    <message>
        <source>the server&apos;s copy of photo %1 has a different SHA-256</source>
        <translation>서버에 있는 사진 %1의 SHA-256이 다릅니다</translation>
    </message>
    <message>
        <source>the server&apos;s copy of photo %1 (%2) is not usable here: %3</source>
        <translation>서버에 있는 사진 %1(%2)을 이 기기에서 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>로그인하지 않았습니다</translation>
    </message>
    <message>
        <source>photo %1 is not on the server yet</source>
        <translation>사진 %1이(가) 아직 서버에 없습니다</translation>
    </message>
    <message>
        <source>log in first</source>
        <translation>먼저 로그인하세요</translation>
    </message>
    <message>
        <source>no assets were edited outside the log</source>
        <translation>로그 밖에서 수정된 시설물이 없습니다</translation>
    </message>
    <message>
        <source>%1 can be adopted, %2 are refused; --yes records them as events by %3</source>
        <translation>%1건을 이력으로 넣을 수 있고 %2건은 거부됩니다. --yes로 기록합니다</translation>
    </message>
    <message>
        <source>adopted %2 assets as %3 events by %4, %5 refused</source>
        <translation>시설물 %2건을 이벤트 %3개로 기록했습니다(%4), 거부 %5건</translation>
    </message>
    <message>
        <source>%1 selected, to be assigned to %2</source>
        <translation>선택 %1건 → %2</translation>
    </message>
    <message>
        <source>by status: selected → changed</source>
        <translation>상태별: 선택 → 변경</translation>
    </message>
    <message>
        <source>by current crew: selected → changed</source>
        <translation>현재 작업팀별: 선택 → 변경</translation>
    </message>
    <message>
        <source>%1 will change</source>
        <translation>변경 %1건</translation>
    </message>
    <message>
        <source>left: %1 installed, awaiting review — --include-installed takes them</source>
        <translation>그대로: 설치(검수 대기) %1건 — 포함하려면 --include-installed</translation>
    </message>
    <message>
        <source>left: %1 held by other crews — --take-over takes them</source>
        <translation>그대로: 다른 팀 작업 %1건 — 가져오려면 --take-over</translation>
    </message>
    <message>
        <source>left: %1 verified or cancelled (never reassigned)</source>
        <translation>그대로: 검수 완료·취소 %1건(배정할 수 없음)</translation>
    </message>
    <message>
        <source>batch %1: %2 assets go back to how they were; --yes records it</source>
        <translation>묶음 %1: 시설물 %2건을 배정 전으로 되돌립니다. --yes로 기록합니다</translation>
    </message>
    <message>
        <source>%1 restored</source>
        <translation>%1건을 되돌렸습니다</translation>
    </message>
    <message>
        <source>%1 left, their status changed since: %2</source>
        <translation>그 뒤에 상태가 바뀌어 그대로 둔 %1건</translation>
    </message>
    <message>
        <source>the date must be YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--due: 날짜는 YYYY-MM-DD 형식입니다</translation>
    </message>
    <message>
        <source>nothing was changed; --yes records it</source>
        <translation>아무것도 바꾸지 않았습니다. --yes로 기록합니다</translation>
    </message>
    <message>
        <source>already assigned so; nothing was written</source>
        <translation>이미 그렇게 배정되어 있어 기록하지 않았습니다</translation>
    </message>
    <message>
        <source>assigned %1 to %2 (batch %3; undo with --undo %3)</source>
        <translation>%1건을 %2에 배정했습니다(묶음 %3, 되돌리기: --undo %3)</translation>
    </message>
    <message>
        <source>assign to a crew: counts by status and crew first, written only with --yes; installed and other crews&apos; work only when asked (exit 1: shown, not written)</source>
        <translation>작업팀 배정: 상태·팀별 건수를 먼저 보이고 --yes일 때만 기록; 설치 완료와 다른 팀 작업은 옵션으로만</translation>
    </message>
    <message>
        <source>required
usage: goodcity-cli %2</source>
        <translation>필요한 옵션입니다</translation>
    </message>
    <message>
        <source>must be a .mbtiles or .gpkg file</source>
        <comment>basemapcommand</comment>
        <translation>--out %1: .mbtiles 또는 .gpkg 파일이어야 합니다</translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>계속할까요?</translation>
    </message>
    <message>
        <source>cancelled, nothing was written</source>
        <translation>취소했습니다. 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>package an area&apos;s basemap for offline use</source>
        <translation>배경지도 영역을 오프라인용 MBTiles/GeoPackage로 묶기</translation>
    </message>
    <message>
        <source>not an ISO date-time: %1</source>
        <translation>날짜 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>--slot must be before, after, problem or proposal: %1</source>
        <translation>--slot는 before, after, problem, proposal 중 하나입니다</translation>
    </message>
    <message>
        <source>--before compares an after photo only (--slot after)</source>
        <translation>--before는 교체 후 사진(--slot after)에만 씁니다</translation>
    </message>
    <message>
        <source>cannot write the preview %1</source>
        <translation>미리보기를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>no such folder: %1</source>
        <translation>폴더가 없습니다</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>미리보기 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>no photos (*.jpg, *.png) in %1</source>
        <translation>사진이 없습니다</translation>
    </message>
    <message>
        <source>check one photo as its slot&apos;s photo (default after): mark, sharpness, exposure, duplicate, place, time, QR (exit 0 pass, 1 review/fail, 2 unreadable)</source>
        <translation>사진 자동 검증</translation>
    </message>
    <message>
        <source>check every photo in a folder on all cores; writes a CSV and JSON summary</source>
        <translation>폴더의 사진 일괄 검증</translation>
    </message>
    <message>
        <source>Good City Geumcheon rollout inventory

Commands:</source>
        <translation>goodcity-cli: 좋은 도시 금천 브랜드 교체 인벤토리</translation>
    </message>
    <message>
        <source>sub-commands:</source>
        <translation>goodcity-cli %1: 하위 명령</translation>
    </message>
    <message>
        <source>unknown command: %1 (goodcity-cli --help)</source>
        <translation>알 수 없는 명령</translation>
    </message>
    <message>
        <source>unknown sub-command: %1 %2</source>
        <translation>알 수 없는 하위 명령</translation>
    </message>
    <message>
        <source>a sub-command is needed</source>
        <translation>하위 명령이 필요합니다</translation>
    </message>
    <message>
        <source>unsupported format</source>
        <translation>--format: &apos;%1&apos;은(는) 지원하지 않습니다(xlsx, csv, gpkg, geojson, pdf, qgis)</translation>
    </message>
    <message>
        <source>the PDF report and the QGIS project cover the whole rollout; use --filter with xlsx, csv, gpkg or geojson</source>
        <translation>--filter: PDF 보고서와 QGIS 프로젝트는 전체 현황을 담습니다. 필터는 xlsx/csv/gpkg/geojson에 쓰세요</translation>
    </message>
    <message>
        <source>the date must be YYYY-MM-DD, not &apos;%1&apos;</source>
        <comment>exportcommand</comment>
        <translation>--as-of: 날짜는 YYYY-MM-DD 형식입니다</translation>
    </message>
    <message>
        <source>QGIS project and a copy of the inventory</source>
        <translation>%1, %2: QGIS 프로젝트와 인벤토리 사본</translation>
    </message>
    <message>
        <source>progress report, %2 pages</source>
        <translation>진행 보고서 %2쪽</translation>
    </message>
    <message>
        <source>exported %2 assets</source>
        <translation>자산 %2건을 내보냈습니다</translation>
    </message>
    <message>
        <source>%2 labels on %3 pages</source>
        <translation>QR 라벨 %2장(%3쪽)</translation>
    </message>
    <message>
        <source>a printable PDF of asset QR labels (A4, 3 × 8)</source>
        <translation>시설물 QR 라벨 인쇄용 PDF(A4, 3×8)</translation>
    </message>
    <message>
        <source>export assets, the PDF progress report or a QGIS project (--out is a folder)</source>
        <translation>자산을 XLSX/CSV/GeoPackage/GeoJSON, PDF 진행 보고서 또는 QGIS 프로젝트(--out 폴더)로 내보냅니다</translation>
    </message>
    <message>
        <source>must be KEY=VALUE</source>
        <translation>--filter &apos;%1&apos;: KEY=VALUE 형식이어야 합니다</translation>
    </message>
    <message>
        <source>unknown value; allowed: %3</source>
        <translation>--filter %1: &apos;%2&apos;은(는) 없는 값입니다. 가능한 값</translation>
    </message>
    <message>
        <source>not a dong of Geumcheon-gu</source>
        <comment>filteroption</comment>
        <translation>--filter dong: &apos;%1&apos;은(는) 금천구의 행정동이 아닙니다</translation>
    </message>
    <message>
        <source>unknown key (category, status, method, dong, department, text)</source>
        <translation>--filter &apos;%1&apos;: 알 수 없는 항목</translation>
    </message>
    <message>
        <source>expected SRC=DEST</source>
        <translation>--map %1: SRC=DEST 형식</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>참고</translation>
    </message>
    <message>
        <source>%2 bad values — nothing was imported</source>
        <translation>잘못된 값 %2건 — 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>imported %2 of %3 rows (layer %4, %5, %6)</source>
        <translation>%2건을 가져왔습니다</translation>
    </message>
    <message>
        <source>a whole number from 1 to 10,000,000, not &apos;%1&apos;</source>
        <translation>--assets: 1 ~ 10000000 사이의 정수</translation>
    </message>
    <message>
        <source>a whole number, not &apos;%1&apos;</source>
        <translation>--seed: 정수</translation>
    </message>
    <message>
        <source>demo inventory with %2 assets, %3 events (%4 s)</source>
        <translation>데모 인벤토리 %2건</translation>
    </message>
    <message>
        <source>total: %2 assets, %3 events, %4 photos
</source>
        <translation>%1
전체</translation>
    </message>
    <message>
        <source>category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>dong</source>
        <translation>행정동</translation>
    </message>
    <message>
        <source>department</source>
        <translation>관리부서</translation>
    </message>
    <message>
        <source>%2 assets edited outside the log — run `goodcity-cli adopt %1 --actor NAME`</source>
        <translation>%1: 로그 밖에서 수정된 시설물 %2건 — `goodcity-cli adopt %1 --actor 이름`으로 이력에 넣으세요</translation>
    </message>
    <message>
        <source>%2 problems found, the file is damaged</source>
        <translation>문제 %2건, 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>ok — %2 assets, %3 events replay to the stored tables, %4 photos present with the right hash</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>no survey yet; open one with `survey open`</source>
        <translation>수요조사가 없습니다. `goodcity-cli survey open`으로 여세요</translation>
    </message>
    <message>
        <source>no such survey: %1</source>
        <translation>수요조사가 없습니다</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>surveycommand</comment>
        <translation>마감했습니다</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>코드 일치</translation>
    </message>
    <message>
        <source>within %1 m: %2</source>
        <translation>%1m 안</translation>
    </message>
    <message>
        <source>new</source>
        <translation>새 시설물</translation>
    </message>
    <message>
        <source>same place as: </source>
        <translation>\t⚠ 중복</translation>
    </message>
    <message>
        <source>%1 rows overlap another department&apos;s</source>
        <translation>다른 부서와 겹치는 행 %1개</translation>
    </message>
    <message>
        <source>template written for %2</source>
        <translation>%2 양식을 만들었습니다</translation>
    </message>
    <message>
        <source>%2 bad values — nothing was changed</source>
        <translation>잘못된 값 %2건 — 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>took all %3 rows</source>
        <translation>%2 %3행을 받았습니다(%4, %5)</translation>
    </message>
    <message>
        <source>submitted</source>
        <comment>surveycommand</comment>
        <translation>제출했습니다</translation>
    </message>
    <message>
        <source>%3 assets created or updated)</source>
        <translation>%2 (자산 %3건 반영</translation>
    </message>
    <message>
        <source>cannot read a PEM certificate</source>
        <translation>--ca-cert %1: PEM 인증서를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1 unsent changes and photos stay in this file</source>
        <translation>보내지 못한 변경·사진 %1건은 이 파일에 그대로 있습니다</translation>
    </message>
    <message>
        <source>%1 pulled items this file could not use, set aside in the table gc_sync_aside:</source>
        <translation>받았지만 쓸 수 없어 따로 둔 것 %1건(표 gc_sync_aside)</translation>
    </message>
    <message>
        <source>one sync round with goodcity-server</source>
        <translation>서버와 한 번 동기화</translation>
    </message>
    <message>
        <source>a crew cannot set the status &apos;%1&apos;</source>
        <translation>현장팀이 정할 수 없는 상태입니다(&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>the asset is not assigned to this crew (%1)</source>
        <translation>이 팀(%1)에 배정된 시설물이 아닙니다</translation>
    </message>
    <message>
        <source>a crew cannot change &apos;%1&apos;</source>
        <translation>현장팀은 &apos;%1&apos;을(를) 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>unknown attachment method</source>
        <translation>알 수 없는 부착방식입니다</translation>
    </message>
    <message>
        <source>the number of marks is 1 to %1</source>
        <translation>부착수량은 1~%1입니다</translation>
    </message>
    <message>
        <source>this survey belongs to another department (&apos;%1&apos;)</source>
        <translation>다른 부서(&apos;%1&apos;)의 수요조사입니다</translation>
    </message>
    <message>
        <source>this asset belongs to another department (&apos;%1&apos;)</source>
        <translation>다른 부서(&apos;%1&apos;)의 시설물입니다</translation>
    </message>
    <message>
        <source>the survey is closed or does not exist; its rows cannot change</source>
        <translation>마감되었거나 없는 수요조사입니다. 내용을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>the office already decided on this sheet (%1); its rows cannot change</source>
        <translation>사무실이 이미 결정한(%1) 제출입니다. 내용을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>%1 (%2, event %3 &apos;%4&apos;)</source>
        <translation>%1 (%2, 이벤트 %3 &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>a photo&apos;s sha256 is not 64 hex digits (&apos;%1&apos;)</source>
        <translation>사진의 sha256이 16진수 64자가 아닙니다(&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>a photo another person (&apos;%1&apos;) added is not yours to replace</source>
        <translation>다른 사람(&apos;%1&apos;)이 올린 사진을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>events in another person&apos;s name are not yours to send</source>
        <translation>다른 사람 이름의 이벤트는 올릴 수 없습니다</translation>
    </message>
    <message>
        <source>this place was proposed by another person (&apos;%1&apos;, proposal_id &apos;%2&apos;)</source>
        <translation>다른 사람(&apos;%1&apos;)이 제안한 장소입니다(proposal_id &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>this photo was uploaded to the server by another user</source>
        <translation>다른 사용자가 서버에 올린 사진입니다</translation>
    </message>
    <message>
        <source>a crew logs installs and replacements, problems, photos and proposals only</source>
        <translation>현장팀은 설치·교체, 문제 보고, 사진, 제안만 기록할 수 있습니다</translation>
    </message>
    <message>
        <source>a crew files photos of the assets assigned to it only (%1)</source>
        <translation>이 팀(%1)에 배정된 시설물의 사진만 올릴 수 있습니다</translation>
    </message>
    <message>
        <source>a department writes its own surveys only</source>
        <translation>부서는 자기 부서의 수요조사만 기록할 수 있습니다</translation>
    </message>
    <message>
        <source>none</source>
        <comment>assign</comment>
        <translation>없음</translation>
    </message>
    <message>
        <source>total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>about</source>
        <translation>약</translation>
    </message>
    <message>
        <source>survey opened, deadline %1</source>
        <translation>수요조사를 열었습니다(마감 %1)</translation>
    </message>
    <message>
        <source>cannot read the %2 file: %3</source>
        <translation>%2 파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>인증서</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>개인 키</translation>
    </message>
    <message>
        <source>cannot write the before photo to a temporary file: %1</source>
        <translation>작업 전 사진을 임시 파일에 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>N</source>
        <comment>compass</comment>
        <translation>북</translation>
    </message>
    <message>
        <source>NE</source>
        <comment>compass</comment>
        <translation>북동</translation>
    </message>
    <message>
        <source>E</source>
        <comment>compass</comment>
        <translation>동</translation>
    </message>
    <message>
        <source>SE</source>
        <comment>compass</comment>
        <translation>남동</translation>
    </message>
    <message>
        <source>S</source>
        <comment>compass</comment>
        <translation>남</translation>
    </message>
    <message>
        <source>SW</source>
        <comment>compass</comment>
        <translation>남서</translation>
    </message>
    <message>
        <source>W</source>
        <comment>compass</comment>
        <translation>서</translation>
    </message>
    <message>
        <source>NW</source>
        <comment>compass</comment>
        <translation>북서</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>chart date</comment>
        <translation>M월 d일</translation>
    </message>
    <message>
        <source>plan</source>
        <comment>chart legend</comment>
        <translation>계획</translation>
    </message>
    <message>
        <source>installed (incl. awaiting review)</source>
        <translation>설치(검수 대기 포함)</translation>
    </message>
    <message>
        <source>photo decoded (%1×%2)</source>
        <translation>사진을 읽었습니다(%1×%2)</translation>
    </message>
    <message>
        <source>the photo is too small (long side %1 px, at least %2 px) — retake it or send the original size</source>
        <translation>사진이 너무 작습니다(긴 변 %1 px, 최소 %2 px) — 원본 크기로 다시 찍거나 보내세요</translation>
    </message>
    <message>
        <source>the photo is too small to measure sharpness</source>
        <translation>사진이 너무 작아 선명도를 잴 수 없습니다</translation>
    </message>
    <message>
        <source>the photo is blurred — focus, hold still and retake it</source>
        <translation>사진이 흐립니다 — 초점을 맞추고 흔들리지 않게 다시 찍으세요</translation>
    </message>
    <message>
        <source>the photo is somewhat soft</source>
        <translation>사진이 다소 흐립니다</translation>
    </message>
    <message>
        <source>sharp</source>
        <translation>선명합니다</translation>
    </message>
    <message>
        <source>the photo is too dark — retake it with more light or the flash</source>
        <translation>사진이 너무 어둡습니다 — 밝은 곳에서 또는 플래시를 켜고 다시 찍으세요</translation>
    </message>
    <message>
        <source>the photo is blown out — avoid the direct light and retake it</source>
        <translation>사진이 하얗게 날아갔습니다 — 역광을 피해 다시 찍으세요</translation>
    </message>
    <message>
        <source>the photo is rather dark</source>
        <translation>사진이 어두운 편입니다</translation>
    </message>
    <message>
        <source>the photo is rather bright (some areas blown out)</source>
        <translation>사진이 밝은 편입니다(일부가 하얗게 날아감)</translation>
    </message>
    <message>
        <source>exposure is fine</source>
        <translation>노출이 적절합니다</translation>
    </message>
    <message>
        <source>the mark is well exposed (the background is dark)</source>
        <translation>마크 부분의 노출이 적절합니다(배경은 어둡습니다)</translation>
    </message>
    <message>
        <source>the mark is well exposed (the background is bright)</source>
        <translation>마크 부분의 노출이 적절합니다(배경은 밝습니다)</translation>
    </message>
    <message>
        <source>the new brand mark is already visible on the before photo — make sure it shows the asset before the work</source>
        <translation>교체 전 사진에 새 브랜드 마크가 이미 보입니다 — 교체하기 전 모습이 맞는지 확인하세요</translation>
    </message>
    <message>
        <source>no new brand mark yet (the state before the work)</source>
        <translation>새 브랜드 마크가 아직 없습니다(교체 전 모습)</translation>
    </message>
    <message>
        <source>brand mark found (%1 matching points)</source>
        <translation>브랜드 마크를 확인했습니다(일치점 %1개)</translation>
    </message>
    <message>
        <source>the whole mark must be in the picture — step back and retake with all of the mark inside the frame</source>
        <translation>마크 전체가 사진에 들어와야 합니다 — 한 걸음 물러서서 마크 전체가 보이게 다시 찍으세요</translation>
    </message>
    <message>
        <source>the new brand mark is not visible — retake with the whole mark large in the frame, from nearer the front</source>
        <translation>새 브랜드 마크가 보이지 않습니다 — 마크 전체가 화면에 크게 들어오게 정면에 가깝게 다시 찍으세요</translation>
    </message>
    <message>
        <source>the superseded mark is visible (the state before the work)</source>
        <translation>예전 마크가 보입니다(교체 전 모습)</translation>
    </message>
    <message>
        <source>no superseded mark visible (not every asset has one)</source>
        <translation>예전 마크가 보이지 않습니다(없는 시설물도 있습니다)</translation>
    </message>
    <message>
        <source>the superseded mark is still visible — remove it and retake</source>
        <translation>예전 마크가 아직 보입니다 — 남은 예전 마크를 제거한 뒤 다시 찍으세요</translation>
    </message>
    <message>
        <source>no superseded mark visible</source>
        <translation>예전 마크가 보이지 않습니다</translation>
    </message>
    <message>
        <source>another asset (%1)</source>
        <translation>다른 시설물(%1)</translation>
    </message>
    <message>
        <source>a place proposal%1</source>
        <translation>신규 장소 제안%1</translation>
    </message>
    <message>
        <source>a department survey photo%1</source>
        <translation>부서 조사 사진%1</translation>
    </message>
    <message>
        <source>another photo%1</source>
        <translation>다른 사진%1</translation>
    </message>
    <message>
        <source>no photos to compare with</source>
        <translation>비교할 사진이 없습니다</translation>
    </message>
    <message>
        <source>nearly identical to a photo filed for %1 — take this asset&apos;s own photo</source>
        <translation>%1에 등록된 사진과 거의 같습니다 — 이 시설물을 직접 다시 찍으세요</translation>
    </message>
    <message>
        <source>the same photo is already filed for this asset</source>
        <translation>이 시설물에 이미 등록된 같은 사진입니다</translation>
    </message>
    <message>
        <source>no other asset has a matching photo</source>
        <translation>다른 시설물의 사진과 겹치지 않습니다</translation>
    </message>
    <message>
        <source>same place as the before photo</source>
        <translation>작업 전 사진과 같은 장소입니다</translation>
    </message>
    <message>
        <source>not sure this is the place of the before photo; shoot from the same spot and direction</source>
        <translation>작업 전 사진과 같은 장소인지 확실하지 않습니다. 같은 위치와 방향에서 찍어 주세요</translation>
    </message>
    <message>
        <source>too little of the surroundings to compare with the before photo — step back so more of them is in the picture</source>
        <translation>주변이 거의 보이지 않아 작업 전 사진과 비교할 수 없습니다 — 주변이 더 보이게 한 걸음 물러서서 찍어 주세요</translation>
    </message>
    <message>
        <source>this does not look like the place of the before photo — retake from the same spot and direction</source>
        <translation>작업 전 사진과 다른 장소로 보입니다 — 작업 전 사진과 같은 자리, 같은 방향에서 다시 찍으세요</translation>
    </message>
    <message>
        <source>no before photo</source>
        <translation>작업 전 사진이 없습니다</translation>
    </message>
    <message>
        <source>the before photo cannot be read</source>
        <translation>작업 전 사진을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the asset has no position to compare with</source>
        <translation>시설물 위치가 없어 비교하지 않았습니다</translation>
    </message>
    <message>
        <source>the photo has no GPS position — turn location on and retake it</source>
        <translation>사진에 GPS 위치가 없습니다 — 위치 서비스를 켜고 다시 찍으세요</translation>
    </message>
    <message>
        <source>taken %1 m from the asset</source>
        <translation>시설물에서 %1 m 거리에서 찍었습니다</translation>
    </message>
    <message>
        <source>taken %1 m from the asset (limit %2 m)</source>
        <translation>시설물에서 %1 m 떨어진 곳에서 찍었습니다(허용 %2 m)</translation>
    </message>
    <message>
        <source>taken %1 m from the asset — retake it standing at this asset</source>
        <translation>시설물에서 %1 m 떨어진 곳에서 찍었습니다 — 이 시설물 앞에서 다시 찍으세요</translation>
    </message>
    <message>
        <source>no work window or before photo to compare with</source>
        <translation>비교할 작업 기간이나 작업 전 사진이 없습니다</translation>
    </message>
    <message>
        <source>the photo has no capture time</source>
        <translation>촬영 시각이 없습니다</translation>
    </message>
    <message>
        <source>taken before the before photo — retake it after the work</source>
        <translation>작업 전 사진보다 먼저 찍혔습니다 — 작업을 마친 뒤 다시 찍으세요</translation>
    </message>
    <message>
        <source>taken before the work window opened — retake it on site today</source>
        <translation>작업 기간 시작 전에 찍혔습니다 — 오늘 현장에서 다시 찍으세요</translation>
    </message>
    <message>
        <source>taken after the work window closed — tell the office</source>
        <translation>작업 기간이 끝난 뒤에 찍혔습니다 — 사무실에 알리세요</translation>
    </message>
    <message>
        <source>taken inside the work window</source>
        <translation>촬영 시각이 작업 기간 안에 있습니다</translation>
    </message>
    <message>
        <source>no QR label visible</source>
        <translation>QR 라벨이 보이지 않습니다</translation>
    </message>
    <message>
        <source>a QR label is visible but cannot be read</source>
        <translation>QR 라벨이 보이지만 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>QR label reads %1 (no asset to compare with)</source>
        <translation>QR 라벨: %1 (비교할 시설물 없음)</translation>
    </message>
    <message>
        <source>the QR label names this asset</source>
        <translation>QR 라벨이 이 시설물입니다</translation>
    </message>
    <message>
        <source>the QR label names another asset (%1) — check this is the right asset and retake</source>
        <translation>QR 라벨이 다른 시설물(%1)을 가리킵니다 — 이 시설물의 사진인지 확인하고 다시 찍으세요</translation>
    </message>
    <message>
        <source>no superseded mark configured</source>
        <translation>예전 마크 기준이 설정되지 않았습니다</translation>
    </message>
    <message>
        <source>the before photo of this replacement is not on the server: same place not checked</source>
        <translation>이 교체의 작업 전 사진이 서버에 없어 같은 장소인지 확인하지 못했습니다</translation>
    </message>
    <message>
        <source>the before photo is not uploaded yet: same place not checked; judged again when it arrives</source>
        <translation>작업 전 사진이 아직 서버에 올라오지 않아 같은 장소인지 확인하지 못했습니다. 올라오면 다시 검사합니다</translation>
    </message>
    <message>
        <source>synced: sent %1, received %2, photos ↑%3 ↓%4, conflicts %5, pending %6</source>
        <translation>동기화 완료: 보냄 %1, 받음 %2, 사진 ↑%3 ↓%4, 충돌 %5, 대기 %6</translation>
    </message>
    <message>
        <source>%1 changes by %2 wait on this device for %2 to sign in</source>
        <translation>%2의 변경 %1건이 이 기기에서 %2의 로그인을 기다립니다</translation>
    </message>
    <message>
        <source>is out of range (%1 to %2)</source>
        <translation>허용 범위(%1~%2)를 벗어났습니다</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>다음 중 하나여야 합니다: %1</translation>
    </message>
    <message>
        <source>lies outside Geumcheon-gu (EPSG:5186 %1 to %2)</source>
        <translation>금천구 밖의 위치입니다(EPSG:5186 %1~%2)</translation>
    </message>
    <message>
        <source>&apos;hlc&apos; %1 is older than the asset&apos;s creation (%2): the change would never apply</source>
        <translation>&apos;hlc&apos; %1이(가) 시설물 생성 시각(%2)보다 이전이어서 변경이 반영될 수 없습니다</translation>
    </message>
    <message>
        <source>&apos;asset_uuid&apos; %1 is an asset that exists already (%2): change it with asset.updated</source>
        <translation>&apos;asset_uuid&apos; %1은(는) 이미 있는 시설물(%2)입니다: asset.updated로 바꾸십시오</translation>
    </message>
    <message>
        <source>&apos;asset_uuid&apos; %1 is no asset of this inventory</source>
        <translation>&apos;asset_uuid&apos; %1은(는) 이 대장에 없는 시설물입니다</translation>
    </message>
    <message>
        <source>event %1: the place (%2, %3) is no point a map can hold; not applied</source>
        <translation>이벤트 %1: 위치(%2, %3)는 지도에 둘 수 없는 점이어서 반영하지 않았습니다</translation>
    </message>
    <message>
        <source>the photo&apos;s image data is damaged or missing: %1</source>
        <translation>사진의 이미지 데이터가 손상되었거나 빠져 있습니다: %1</translation>
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
