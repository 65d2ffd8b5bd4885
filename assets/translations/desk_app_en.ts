<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="44"/>
        <source>Giấy tờ còn thiếu (Space để chọn):</source>
        <translation>Missing documents (Space to tick):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="51"/>
        <source>Hẹn trả mới:</source>
        <translation>New due time:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="54"/>
        <source>Người nhận kết quả:</source>
        <translation>Collected by:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="60"/>
        <source>Nội dung cần bổ sung thêm:</source>
        <translation>Anything else to supplement:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="61"/>
        <source>Lý do từ chối (nêu căn cứ):</source>
        <translation>Reason for refusal (cite the legal basis):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="62"/>
        <source>Lý do gia hạn:</source>
        <translation>Reason for the extension:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="63"/>
        <source>Lý do dừng giải quyết:</source>
        <translation>Reason for stopping:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="64"/>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="67"/>
        <source>Xác nhận “%1” cho hồ sơ %2?</source>
        <translation>Confirm “%1” for dossier %2?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="70"/>
        <source>Ghi nhận</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="70"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="109"/>
        <source>Chọn giấy tờ còn thiếu hoặc ghi nội dung cần bổ sung.</source>
        <translation>Tick the missing documents or write what must be supplemented.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="112"/>
        <source>Cần ghi rõ lý do.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="115"/>
        <source>Ghi tên người nhận kết quả.</source>
        <translation>Write the name of the person collecting the result.</translation>
    </message>
</context>
<context>
    <name>BackupWarning</name>
    <message>
        <location filename="../../desk_app/ui/shell/daily_backup.py" line="65"/>
        <source>Chưa sao lưu được dữ liệu hôm nay – bấm để xem lý do</source>
        <translation>Today&apos;s backup failed – click for the reason</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/daily_backup.py" line="70"/>
        <source>Sao lưu hằng ngày</source>
        <translation>Daily backup</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="26"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="26"/>
        <source>Tên thủ tục</source>
        <translation>Procedure name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="27"/>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="27"/>
        <source>Thời hạn</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="28"/>
        <source>Lệ phí</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="28"/>
        <source>Giấy tờ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="29"/>
        <source>Dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="33"/>
        <source>Lọc theo tên hoặc mã (không cần dấu)</source>
        <translation>Filter by name or code (accents optional)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="35"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="36"/>
        <source>Thêm thủ tục…</source>
        <translation>Add procedure…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="37"/>
        <source>Nhập từ tệp JSON…</source>
        <translation>Import from JSON file…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="38"/>
        <source>Xuất ra tệp JSON…</source>
        <translation>Export to JSON file…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="68"/>
        <source>Chọn một thủ tục trong bảng trước.</source>
        <translation>Choose a procedure in the table first.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="75"/>
        <source>Đã lưu thủ tục %1.</source>
        <translation>Procedure %1 saved.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="93"/>
        <source>Không ghi được tệp %1: %2</source>
        <translation>Could not write file %1: %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="95"/>
        <source>Đã xuất %1 thủ tục ra %2.</source>
        <translation>Exported %1 procedures to %2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="104"/>
        <source>Không đọc được tệp %1: %2</source>
        <translation>Could not read file %1: %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="107"/>
        <source>Không nhập được danh mục, chưa thay đổi gì: %1</source>
        <translation>Could not import the catalog; nothing was changed: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="109"/>
        <source>Đã nhập danh mục: thêm %1, cập nhật %2, giữ nguyên %3 thủ tục.</source>
        <translation>Catalog imported: %1 added, %2 updated, %3 procedures unchanged.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="114"/>
        <source>Nhập danh mục thủ tục</source>
        <translation>Import procedure catalog</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="114"/>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="120"/>
        <source>Danh mục JSON (*.json)</source>
        <translation>JSON catalog (*.json)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="119"/>
        <source>Xuất danh mục thủ tục</source>
        <translation>Export procedure catalog</translation>
    </message>
</context>
<context>
    <name>CitizenFields</name>
    <message>
        <location filename="../../desk_app/ui/widgets/citizen_fields.py" line="14"/>
        <source>Công dân đã có trong sổ</source>
        <translation>Citizen already in the register</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/citizen_fields.py" line="18"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/citizen_fields.py" line="19"/>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/citizen_fields.py" line="20"/>
        <source>12 chữ số (quét mã QR thẻ căn cước)</source>
        <translation>12 digits (scan the ID card&apos;s QR code)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/citizen_fields.py" line="21"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/citizen_fields.py" line="22"/>
        <source>Nơi cư trú</source>
        <translation>Place of residence</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/citizen_fields.py" line="22"/>
        <source>Thôn/xóm, xã, tỉnh</source>
        <translation>Hamlet, commune, province</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/citizen_fields.py" line="23"/>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/citizen_fields.py" line="50"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/citizen_fields.py" line="115"/>
        <source>Không đọc được mã QR: %1</source>
        <translation>Could not read the QR code: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/citizen_fields.py" line="117"/>
        <source>Đã quét thẻ căn cước của %1.</source>
        <translation>Scanned the ID card of %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/citizen_fields.py" line="119"/>
        <source>Công dân đã có trong sổ.</source>
        <translation>The citizen is already in the register.</translation>
    </message>
</context>
<context>
    <name>CitizenLink</name>
    <message>
        <location filename="../../desk_app/ui/citizen/link.py" line="126"/>
        <source>Chưa ghi được đánh giá: %1</source>
        <translation>Rating not recorded: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/link.py" line="136"/>
        <source>Mời số %1</source>
        <translation>Now serving number %1</translation>
    </message>
</context>
<context>
    <name>CitizenScreen</name>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="89"/>
        <source>“4 xin – 4 luôn”</source>
        <translation>“4 pleases – 4 always”</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="90"/>
        <source>Xin chào · Xin lỗi · Xin cảm ơn · Xin phép
Luôn mỉm cười · Luôn nhẹ nhàng · Luôn lắng nghe · Luôn giúp đỡ</source>
        <translation>Hello · Sorry · Thank you · Excuse me
Always smiling · Always gentle · Always listening · Always helping</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="92"/>
        <source>Đang phục vụ số</source>
        <translation>Now serving number</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="94"/>
        <source>Thủ tục hành chính</source>
        <translation>Administrative procedures</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="95"/>
        <source>Đánh giá mức độ hài lòng</source>
        <translation>Rate your satisfaction</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="115"/>
        <source>Hồ sơ của Ông/Bà đã được tiếp nhận. Mã hồ sơ:</source>
        <translation>Your dossier has been received. Dossier code:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="117"/>
        <source>Hẹn trả kết quả</source>
        <translation>Result due</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="119"/>
        <source>Xin Ông/Bà giữ phiếu hẹn và mang theo khi đến nhận kết quả.</source>
        <translation>Please keep the appointment slip and bring it when you collect the result.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="130"/>
        <source>Ông/Bà đánh giá thế nào về việc giải quyết?</source>
        <translation>How would you rate the way your matter was handled?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="131"/>
        <source>Rất hài lòng</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="131"/>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="132"/>
        <source>Không hài lòng</source>
        <translation>Unsatisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="147"/>
        <source>Chạm vào ô, hoặc bấm phím 1, 2, 3 trên bàn phím đánh giá.</source>
        <translation>Touch a box, or press 1, 2 or 3 on the rating keypad.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="155"/>
        <source>Thái độ</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="155"/>
        <source>Thời gian chờ</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="156"/>
        <source>Phải đi lại nhiều lần</source>
        <translation>Had to come back several times</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="156"/>
        <source>Trễ hẹn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="156"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="168"/>
        <source>Xin Ông/Bà cho biết lý do chưa hài lòng:</source>
        <translation>Please tell us why you are not satisfied:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="179"/>
        <source>Cảm ơn Ông/Bà!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="180"/>
        <source>Ý kiến của Ông/Bà giúp chúng tôi phục vụ tốt hơn.</source>
        <translation>Your opinion helps us serve you better.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="268"/>
        <source>Còn %1 giây</source>
        <translation>%1 seconds left</translation>
    </message>
</context>
<context>
    <name>CitizenWindow</name>
    <message>
        <location filename="../../desk_app/ui/citizen/window.py" line="21"/>
        <source>Màn hình người dân</source>
        <translation>Citizen screen</translation>
    </message>
</context>
<context>
    <name>DayEndReminder</name>
    <message>
        <location filename="../../desk_app/ui/shell/day_end_reminder.py" line="40"/>
        <source>Chưa xuất tệp cuối ngày hôm nay – bấm F7 để xuất</source>
        <translation>Today&apos;s end-of-day file is not exported yet – press F7 to export</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="36"/>
        <location filename="../../desk_app/ui/pages/detail.py" line="86"/>
        <source>Chọn một hồ sơ trong danh sách (Enter để mở).</source>
        <translation>Choose a dossier in the list (Enter opens it).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="54"/>
        <source>Người nộp hồ sơ</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="56"/>
        <source>Thành phần hồ sơ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="58"/>
        <source>Quá trình giải quyết</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="102"/>
        <source>Trạng thái: &lt;b&gt;%1&lt;/b&gt; · Tiếp nhận: %2 · Hẹn trả: &lt;b&gt;%3&lt;/b&gt; · %4 · Lệ phí: %5</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt; · Received: %2 · Due: &lt;b&gt;%3&lt;/b&gt; · %4 · Fee: %5</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="107"/>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="107"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="108"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="108"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="109"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="115"/>
        <source>THIẾU</source>
        <translation>MISSING</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="126"/>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Dossier received</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="134"/>
        <source>Lý do: </source>
        <translation>Reason: </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="137"/>
        <source>Hẹn mới: </source>
        <translation>New due: </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="139"/>
        <source>Người nhận: </source>
        <translation>Collected by: </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="141"/>
        <source>Thiếu: </source>
        <translation>Missing: </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="51"/>
        <source>Hồ sơ đã kết thúc: không còn thao tác nào.</source>
        <translation>This dossier is closed: no further actions.</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <location filename="../../desk_app/ui/widgets/document_checklist.py" line="16"/>
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/document_checklist.py" line="16"/>
        <source>Giấy tờ</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/document_checklist.py" line="17"/>
        <source>Hình thức</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/document_checklist.py" line="68"/>
        <source>Thiếu</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/document_checklist.py" line="72"/>
        <source>Chưa nhận giấy tờ này</source>
        <translation>This document has not been received</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desk_app/ui/shell/error_report.py" line="30"/>
        <source>Chi tiết đã ghi vào %1.</source>
        <translation>Details were written to %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/error_report.py" line="31"/>
        <source>Không ghi được tệp nhật ký lỗi.</source>
        <translation>The error log could not be written.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/error_report.py" line="32"/>
        <source>Có lỗi ngoài dự kiến: %1

Thao tác vừa rồi có thể chưa xong; các hồ sơ đã lưu không bị ảnh hưởng và thông tin đang nhập vẫn còn trong bản nháp. %2</source>
        <translation>An unexpected error occurred: %1

The last action may not have finished; saved dossiers are not affected and what you were typing is kept in the draft. %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/error_report.py" line="51"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="128"/>
        <source>Cài đặt lần đầu – Bộ phận một cửa</source>
        <translation>First-time setup – One-stop desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="134"/>
        <source>Tiếp &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="135"/>
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="136"/>
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="137"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="35"/>
        <source> phút</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="36"/>
        <source>Không tự khóa</source>
        <translation>Never lock</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="37"/>
        <source>Tự in phiếu hẹn khi lưu hồ sơ</source>
        <translation>Print the appointment slip when a dossier is saved</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="40"/>
        <source>16:30 (để trống: không nhắc)</source>
        <translation>16:30 (empty: no reminder)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="47"/>
        <source>Lưu cài đặt</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="50"/>
        <source>Giờ làm việc</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="52"/>
        <source>Mẫu mã hồ sơ</source>
        <translation>Dossier code pattern</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="55"/>
        <source>Trường dùng được: {unit_code} {yymmdd} {yyyymmdd} {yyyy} {yy} {mm} {dd} {procedure} {seq} (ví dụ {seq:04} = 4 chữ số).</source>
        <translation>Fields you can use: {unit_code} {yymmdd} {yyyymmdd} {yyyy} {yy} {mm} {dd} {procedure} {seq} (e.g. {seq:04} = 4 digits).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="59"/>
        <source>Tự khóa sau</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="61"/>
        <source>Nhắc xuất tệp cuối ngày lúc</source>
        <translation>Remind to export the end-of-day file at</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="63"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="64"/>
        <source>Màn hình cho người dân</source>
        <translation>Citizen screen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="65"/>
        <source>Mã QR thủ tục trên màn hình đó</source>
        <translation>Procedures QR on that screen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="83"/>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="96"/>
        <source>Màn hình %1</source>
        <translation>Screen %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="92"/>
        <source>Tự động: màn hình thứ hai nếu có, không thì cửa sổ</source>
        <translation>Automatic: the second monitor if any, else a window</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="93"/>
        <source>Cửa sổ trên màn hình này (xoay về phía người dân)</source>
        <translation>A window on this screen (turned toward the citizen)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="94"/>
        <source>Không dùng</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="108"/>
        <source>Mẫu mã hồ sơ không hợp lệ: %1</source>
        <translation>Invalid dossier code pattern: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="112"/>
        <source>Ví dụ: %1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="125"/>
        <source>Giờ nhắc viết dạng giờ:phút, ví dụ 16:30 (để trống nếu không muốn nhắc).</source>
        <translation>Write the reminder time as hour:minute, e.g. 16:30 (leave it empty for no reminder).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="166"/>
        <source>Đã lưu, có hiệu lực ngay.</source>
        <translation>Saved; it takes effect now.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="42"/>
        <source>Đếm lại</source>
        <translation>Count again</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="45"/>
        <source>Ca bắt đầu lúc</source>
        <translation>Shift started at</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="54"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="54"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="55"/>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="66"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="57"/>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="58"/>
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="59"/>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="63"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="60"/>
        <source>Nhận lúc</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="61"/>
        <source>Trả lúc</source>
        <translation>Returned at</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="62"/>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="108"/>
        <source>Lúc</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="62"/>
        <source>Công dân</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="63"/>
        <source>Nội dung</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="65"/>
        <source>Mã thủ tục</source>
        <translation>Procedure code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="67"/>
        <source>Số hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="67"/>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="73"/>
        <source>Lệ phí</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="68"/>
        <source>Tiền mặt</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="70"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="70"/>
        <source>Còn mở (sắp đến hạn trước)</source>
        <translation>Open (due soonest first)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="71"/>
        <source>Chờ trả</source>
        <translation>Awaiting pickup</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="71"/>
        <source>Tiếp nhận trong ca</source>
        <translation>Received this shift</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="72"/>
        <source>Đã trả</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="72"/>
        <source>Khiếu nại, tin báo</source>
        <translation>Complaints, reports</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="77"/>
        <source>Bàn giao</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="79"/>
        <source>Ghi chú cho ca sau: việc cần làm tiếp, hồ sơ cần gọi điện…</source>
        <translation>Note for the next shift: what to follow up, whom to call…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="87"/>
        <source>PIN người nhận ca</source>
        <translation>Incoming officer&apos;s PIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="88"/>
        <source>Xác nhận bàn giao</source>
        <translation>Confirm handover</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="91"/>
        <source>In phiếu (máy in nhiệt)</source>
        <translation>Print slip (thermal printer)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="93"/>
        <source>Lưu biên bản A4 (PDF)…</source>
        <translation>Save A4 record (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="99"/>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="109"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="101"/>
        <source>Người nhận ca</source>
        <translation>Incoming officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="108"/>
        <source>Người giao</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="109"/>
        <source>Người nhận</source>
        <translation>Taken over by</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="114"/>
        <source>Chốt sổ cuối ngày</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="116"/>
        <source>In lại bản chốt sổ</source>
        <translation>Reprint the day close</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="121"/>
        <source>Nhập phiếu khảo sát giấy…</source>
        <translation>Enter paper survey forms…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="131"/>
        <source>Các lần bàn giao</source>
        <translation>Past handovers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="157"/>
        <source>Tiếp nhận %1 · đã trả %2 · quá hạn %3 · còn mở %4 (%5 đến hạn đến hết ngày làm việc tiếp theo) · chờ trả %6 · lệ phí %7, tiền mặt %8
Đánh giá: %9</source>
        <translation>Received %1 · returned %2 · overdue %3 · open %4 (%5 due by the end of the next working day) · awaiting pickup %6 · fees %7, cash %8
Ratings: %9</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="197"/>
        <source>Đã bàn giao cho %1 lúc %2.</source>
        <translation>Handed over to %1 at %2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="204"/>
        <source>Xác nhận bàn giao trước, rồi in phiếu có chữ ký hai bên.</source>
        <translation>Confirm the handover first, then print the slip for both signatures.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="207"/>
        <source>Đang in phiếu bàn giao…</source>
        <translation>Printing the handover slip…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="218"/>
        <source>Lưu biên bản bàn giao</source>
        <translation>Save the handover record</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="235"/>
        <source>Đã lưu biên bản: %1</source>
        <translation>Record saved: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="247"/>
        <source>Đã chốt sổ, đang in…</source>
        <translation>Day closed, printing…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="247"/>
        <source>Đang in lại bản chốt sổ…</source>
        <translation>Reprinting the day close…</translation>
    </message>
</context>
<context>
    <name>HolidaysPage</name>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="17"/>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="17"/>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="18"/>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="18"/>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="19"/>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="19"/>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="20"/>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="36"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="37"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="38"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="50"/>
        <source>Ví dụ: Nghỉ bù theo quyết định của UBND tỉnh</source>
        <translation>e.g. Day off in lieu by decision of the provincial People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="51"/>
        <source>Thêm / sửa ngày</source>
        <translation>Add / change day</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="52"/>
        <source>Xóa ngày đang chọn</source>
        <translation>Remove the selected day</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="60"/>
        <source>Ngày lễ, Tết theo luật đã được tính sẵn. Ở đây chỉ khai báo ngày nghỉ thêm hoặc ngày làm bù theo quyết định hằng năm.</source>
        <translation>Public holidays and Tết set by law are already counted. Declare here only extra days off or make-up working days set by the yearly decision.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="85"/>
        <source>Đã lưu %1: %2.</source>
        <translation>Saved %1: %2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="94"/>
        <source>Chọn một ngày trong danh sách trước.</source>
        <translation>Choose a day in the list first.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="97"/>
        <source>Đã xóa %1.</source>
        <translation>Removed %1.</translation>
    </message>
</context>
<context>
    <name>KeyFields</name>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_keys.py" line="28"/>
        <source>desk1:… (cấp trên gửi; dán nguyên dòng)</source>
        <translation>desk1:… (sent by the upper level; paste the whole line)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_keys.py" line="35"/>
        <source>Sao chép</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_keys.py" line="37"/>
        <source>Gửi nguyên dòng khóa này cho cấp trên một lần (để cấp trên nhận tệp của đơn vị).</source>
        <translation>Send this whole key line to the upper level once (so it can receive the unit&apos;s files).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_keys.py" line="43"/>
        <source>Khóa công khai cấp trên</source>
        <translation>Upper level&apos;s public key</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_keys.py" line="46"/>
        <source>Khóa công khai đơn vị</source>
        <translation>Unit&apos;s public key</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_keys.py" line="55"/>
        <source>Vân tay %1 – đọc cho cấp trên đối chiếu qua điện thoại.</source>
        <translation>Fingerprint %1 – read it to the upper level by phone to compare.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_keys.py" line="69"/>
        <source>Đây là khóa của chính đơn vị này. Hãy dán khóa do cấp trên gửi.</source>
        <translation>This is this unit&apos;s own key. Paste the key sent by the upper level.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_keys.py" line="71"/>
        <source>Khóa hợp lệ – vân tay %1.</source>
        <translation>Valid key – fingerprint %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_keys.py" line="89"/>
        <source>Đã sao chép khóa của đơn vị; dán vào thư, tin nhắn gửi cấp trên.</source>
        <translation>The unit&apos;s key is copied; paste it into an email or message to the upper level.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="86"/>
        <source>Màn hình đã khóa</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="89"/>
        <source>Nhập mã PIN để tiếp tục ca trực, hoặc chọn cán bộ nhận ca.</source>
        <translation>Enter your PIN to continue the shift, or choose the officer taking over.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="91"/>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="57"/>
        <source>Đăng nhập ca trực</source>
        <translation>Start of shift</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="60"/>
        <source>Bộ phận một cửa – ai đang trực?</source>
        <translation>One-stop desk – who is on duty?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="63"/>
        <source>Vào ca trực</source>
        <translation>Start shift</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="63"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="69"/>
        <source>Tiếp nhận hồ sơ  F2</source>
        <translation>Receive dossier  F2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="70"/>
        <source>Tiếp công dân  F4</source>
        <translation>Reception log  F4</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="71"/>
        <source>Hồ sơ  F3</source>
        <translation>Dossiers  F3</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="72"/>
        <source>Đồng bộ cuối ngày  F7</source>
        <translation>End-of-day sync  F7</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="73"/>
        <source>Lệnh in  F8</source>
        <translation>Print jobs  F8</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="77"/>
        <source>Bàn giao ca  F6</source>
        <translation>Shift handover  F6</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="79"/>
        <source>Cài đặt  F9</source>
        <translation>Settings  F9</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="82"/>
        <source>nhận hôm nay</source>
        <translation>received today</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="83"/>
        <source>đã trả hôm nay</source>
        <translation>returned today</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="84"/>
        <source>đến hạn hôm nay</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="85"/>
        <source>QUÁ HẠN</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="219"/>
        <source>Chỉ chỉ huy được mở Cài đặt.</source>
        <translation>Only the commander can open Settings.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="299"/>
        <source>Đã lưu %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="305"/>
        <source>Đã cập nhật hồ sơ %1</source>
        <translation>Dossier %1 updated</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="318"/>
        <source>Ngôn ngữ mới có hiệu lực từ lần mở phần mềm sau.</source>
        <translation>The new language applies from the next start.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="338"/>
        <source>chỉ huy</source>
        <translation>commander</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="338"/>
        <source>cán bộ tiếp nhận</source>
        <translation>reception officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="339"/>
        <source>Cán bộ trực: %1 (%2)  ·  Ctrl+L khóa màn hình</source>
        <translation>On duty: %1 (%2)  ·  Ctrl+L locks the screen</translation>
    </message>
</context>
<context>
    <name>OfficerPin</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="31"/>
        <source>4–8 chữ số</source>
        <translation>4–8 digits</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="34"/>
        <source>Cán bộ trực:</source>
        <translation>Officer on duty:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="35"/>
        <source>Mã PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="47"/>
        <source>Sai mã PIN. Thử lại.</source>
        <translation>Wrong PIN. Try again.</translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="57"/>
        <source>Cán bộ</source>
        <translation>Officers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="58"/>
        <source>Chỉ huy quản lý cài đặt; cán bộ trực tiếp nhận hồ sơ. Mỗi người một mã PIN 4–8 chữ số.</source>
        <translation>The commander manages settings; duty officers receive dossiers. Each has a PIN of 4–8 digits.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="64"/>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="47"/>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="49"/>
        <source>Thêm cán bộ</source>
        <translation>Add officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="72"/>
        <source>Chỉ huy (họ tên) *</source>
        <translation>Commander (full name) *</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="73"/>
        <source>PIN của chỉ huy *</source>
        <translation>Commander&apos;s PIN *</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="74"/>
        <source>Nhập lại PIN *</source>
        <translation>Repeat the PIN *</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="77"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="80"/>
        <source>Cán bộ trực</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="90"/>
        <source>Chưa nhập họ tên cán bộ.</source>
        <translation>The officer&apos;s name is missing.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="93"/>
        <source>Đã có cán bộ tên này.</source>
        <translation>There is already an officer with this name.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="108"/>
        <source>Chưa nhập họ tên chỉ huy.</source>
        <translation>The commander&apos;s name is missing.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="111"/>
        <source>Hai lần nhập PIN của chỉ huy không khớp.</source>
        <translation>The two PINs of the commander differ.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="19"/>
        <source>4–8 chữ số</source>
        <translation>4–8 digits</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="31"/>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="51"/>
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="31"/>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="52"/>
        <source>Chức danh</source>
        <translation>Rank / title</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="32"/>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="53"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="33"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="33"/>
        <source>Đang làm việc</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="33"/>
        <source>Ngừng hoạt động</source>
        <comment>status</comment>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="36"/>
        <source>Hiện cả cán bộ đã ngừng hoạt động</source>
        <translation>Show deactivated officers too</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="41"/>
        <source>Ví dụ: Thượng úy</source>
        <translation>e.g. Senior Lieutenant</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="54"/>
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="58"/>
        <source>Đổi PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="59"/>
        <source>Ngừng hoạt động</source>
        <comment>button</comment>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="61"/>
        <source>Cán bộ đang chọn</source>
        <translation>Selected officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="63"/>
        <source>PIN mới</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="109"/>
        <source>Đã thêm cán bộ %1.</source>
        <translation>Officer %1 added.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="115"/>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="129"/>
        <source>Chọn một cán bộ trong danh sách trước.</source>
        <translation>Choose an officer in the list first.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="123"/>
        <source>Đã đổi PIN của %1.</source>
        <translation>PIN of %1 changed.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="132"/>
        <source>Không thể tự ngừng hoạt động tài khoản đang trực.</source>
        <translation>You cannot deactivate the account that is on duty.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="136"/>
        <source>Đơn vị phải còn ít nhất một chỉ huy đang hoạt động.</source>
        <translation>The unit must keep at least one active commander.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="139"/>
        <source>%1 đã ngừng hoạt động (lịch sử vẫn giữ nguyên).</source>
        <translation>%1 is deactivated (their history is kept).</translation>
    </message>
</context>
<context>
    <name>PaperRatingsDialog</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="39"/>
        <source>Nhập phiếu khảo sát giấy</source>
        <translation>Enter paper survey forms</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="42"/>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="62"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="47"/>
        <source>— lý do (khi không hài lòng) —</source>
        <translation>— reason (when unsatisfied) —</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="55"/>
        <source>Thêm phiếu</source>
        <translation>Add form</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="62"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="63"/>
        <source>Mức</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="64"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="65"/>
        <source>Bước</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="65"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="67"/>
        <source>Bỏ dòng đã chọn</source>
        <translation>Remove selected line</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="72"/>
        <source>Lưu tất cả</source>
        <translation>Save all</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="73"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="86"/>
        <source>Chưa nhập mã hồ sơ.</source>
        <translation>No dossier code entered.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="94"/>
        <source>%1 phiếu chờ lưu.</source>
        <translation>%1 form(s) waiting to be saved.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="105"/>
        <source>Chưa có phiếu nào.</source>
        <translation>No forms yet.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="113"/>
        <source>Đã lưu %1 phiếu.</source>
        <translation>Saved %1 form(s).</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="22"/>
        <source>Phiếu tiếp nhận và hẹn trả (CT04 / Mẫu 01)</source>
        <translation>Receipt and appointment slip (CT04 / Form 01)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="23"/>
        <source>Phiếu hướng dẫn bổ sung (CT05 / Mẫu 02)</source>
        <translation>Supplement guidance slip (CT05 / Form 02)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="24"/>
        <source>Phiếu từ chối tiếp nhận (CT06 / Mẫu 03)</source>
        <translation>Refusal slip (CT06 / Form 03)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="25"/>
        <source>Thư xin lỗi, hẹn lại (Mẫu 04)</source>
        <translation>Apology and new date letter (Form 04)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="65"/>
        <source>Biểu mẫu A4</source>
        <translation>A4 forms</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="66"/>
        <source>Ghi biểu mẫu A4 (PDF, 2 liên) rồi mở bằng trình xem PDF để in.</source>
        <translation>Write the A4 form (PDF, 2 copies) and open it in the PDF viewer to print.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="106"/>
        <source>In lại phiếu (Ctrl+P)</source>
        <translation>Reprint slip (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="107"/>
        <source>In lại %1 (theo bước gần nhất của hồ sơ); mũi tên hoặc Ctrl+Shift+P: chọn phiếu khác.</source>
        <translation>Reprint the %1 (from the dossier&apos;s latest step); arrow or Ctrl+Shift+P: choose another slip.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="115"/>
        <source>Phiếu tiếp nhận, hẹn trả</source>
        <translation>Receipt and appointment slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="115"/>
        <source>Phiếu bổ sung hồ sơ</source>
        <translation>Supplement slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="116"/>
        <source>Phiếu từ chối</source>
        <translation>Refusal slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="116"/>
        <source>Phiếu xin lỗi, hẹn lại</source>
        <translation>Apology and new date slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="117"/>
        <source>Phiếu đã trả kết quả</source>
        <translation>Result returned slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="125"/>
        <source>Đang in %1 hồ sơ %2…</source>
        <translation>Printing the %1 of dossier %2…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="130"/>
        <source>Đã in lại phiếu hồ sơ %1.</source>
        <translation>Slip of dossier %1 reprinted.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="144"/>
        <source>Không ghi được biểu mẫu: %1</source>
        <translation>Could not write the form: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="148"/>
        <source>Đã mở biểu mẫu %1 (2 liên) bằng trình xem PDF; in từ trình xem.</source>
        <translation>Opened form %1 (2 copies) in the PDF viewer; print from the viewer.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="150"/>
        <source>Đã ghi biểu mẫu vào %1. %2</source>
        <translation>Form written to %1. %2</translation>
    </message>
</context>
<context>
    <name>PrintJobsPage</name>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="20"/>
        <source>Phiếu hướng dẫn thủ tục</source>
        <translation>Procedure guide sheet</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="21"/>
        <source>Phiếu tiếp công dân</source>
        <translation>Citizen visit slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="22"/>
        <source>Trang in thử</source>
        <translation>Test page</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="23"/>
        <source>Biên bản bàn giao ca</source>
        <translation>Shift handover record</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="24"/>
        <source>Chốt sổ cuối ngày</source>
        <translation>Day close</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="25"/>
        <source>Chốt sổ cuối ngày (in lại)</source>
        <translation>Day close (reprint)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="28"/>
        <source>Phiếu tiếp nhận hồ sơ và hẹn trả kết quả</source>
        <translation>Dossier receipt and appointment slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="29"/>
        <source>Phiếu hướng dẫn bổ sung, hoàn thiện hồ sơ</source>
        <translation>Dossier supplement guidance slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="30"/>
        <source>Phiếu từ chối tiếp nhận, giải quyết hồ sơ</source>
        <translation>Dossier refusal slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="31"/>
        <source>Phiếu xin lỗi và hẹn lại ngày trả kết quả</source>
        <translation>Apology and new result date slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="32"/>
        <source>Phiếu xác nhận đã trả kết quả</source>
        <translation>Result returned confirmation slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="60"/>
        <source>Lệnh in</source>
        <translation>Print jobs</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="63"/>
        <source>Lúc</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="64"/>
        <source>Phiếu</source>
        <translation>Slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="65"/>
        <source>Hồ sơ / nội dung</source>
        <translation>Dossier / subject</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="66"/>
        <source>Máy in</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="67"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="68"/>
        <source>Lý do lỗi</source>
        <translation>Error reason</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="75"/>
        <source>In lại  (Ctrl+R)</source>
        <translation>Reprint  (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="78"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="81"/>
        <source>In lại trên:</source>
        <translation>Reprint on:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="91"/>
        <source>Các phiếu đã gửi máy in gần đây. Phiếu lỗi (nền đỏ) có thể in lại trên máy in cũ hoặc chọn máy in khác.</source>
        <translation>Slips recently sent to a printer. A failed slip (red background) can be reprinted on its own printer or on another one.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="112"/>
        <source>Máy in của lệnh in</source>
        <translation>The job&apos;s own printer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="113"/>
        <source> (ảnh PNG trong thư mục dữ liệu)</source>
        <translation> (PNG image in the data folder)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="129"/>
        <source>Lỗi: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="147"/>
        <source>Đang in lại…</source>
        <translation>Reprinting…</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="56"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="56"/>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="84"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="57"/>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="85"/>
        <source>Kết nối</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="57"/>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="86"/>
        <source>Khổ giấy</source>
        <translation>Paper width</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="58"/>
        <source>Mặc định</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="67"/>
        <source>192.168.1.50:9100 · 0x0416:0x5011 · COM3@9600 · tên hàng đợi</source>
        <translation>192.168.1.50:9100 · 0x0416:0x5011 · COM3@9600 · queue name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="72"/>
        <source>Ảnh (mọi máy in)</source>
        <translation>Picture (any printer)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="73"/>
        <source>Chữ (máy in hỗ trợ tiếng Việt)</source>
        <translation>Text (printers that handle Vietnamese)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="74"/>
        <source>Dùng làm máy in mặc định</source>
        <translation>Use as the default printer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="75"/>
        <source>Lưu máy in</source>
        <translation>Save printer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="76"/>
        <source>Xóa máy in đang chọn</source>
        <translation>Remove the selected printer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="77"/>
        <source>In trang thử</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="83"/>
        <source>Tên máy in</source>
        <translation>Printer name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="87"/>
        <source>Cách in</source>
        <translation>Printing mode</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="94"/>
        <source>Khi chưa khai báo máy in, phiếu được lưu thành ảnh PNG trong thư mục dữ liệu (máy in xem trước).</source>
        <translation>With no printer set up, slips are saved as PNG pictures in the data folder (the preview printer).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="133"/>
        <source>Cổng / tốc độ phải là số, ví dụ 192.168.1.50:9100 hoặc COM3@9600.</source>
        <translation>Port / speed must be a number, e.g. 192.168.1.50:9100 or COM3@9600.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="137"/>
        <source>Đã lưu máy in %1.</source>
        <translation>Printer %1 saved.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="145"/>
        <source>Chọn một máy in trong danh sách trước.</source>
        <translation>Select a printer in the list first.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="148"/>
        <source>Đã xóa máy in %1.</source>
        <translation>Printer %1 removed.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="158"/>
        <source>Đang in trang thử…</source>
        <translation>Printing a test page…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="169"/>
        <source>Đã in trang thử trên %1.</source>
        <translation>Test page printed on %1.</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="38"/>
        <source> đồng</source>
        <translation> VND</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="47"/>
        <source>Sửa thủ tục</source>
        <translation>Edit procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="47"/>
        <source>Thêm thủ tục</source>
        <translation>Add procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="64"/>
        <source>Đã kiểm chứng (bỏ chọn nếu chưa chắc thời hạn/lệ phí)</source>
        <translation>Verified (untick if unsure of the time limit or fee)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="65"/>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="70"/>
        <source>Tên giấy tờ cần thêm, Enter để thêm</source>
        <translation>Name of the document to add; Enter adds it</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="71"/>
        <source>Thêm giấy tờ</source>
        <translation>Add document</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="72"/>
        <source>Xóa giấy tờ đang chọn</source>
        <translation>Remove the selected document</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="76"/>
        <source>Mã thủ tục</source>
        <translation>Procedure code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="77"/>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="78"/>
        <source>Tên thủ tục</source>
        <translation>Procedure name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="83"/>
        <source>Thời hạn</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="88"/>
        <source>Lệ phí trực tiếp / trực tuyến</source>
        <translation>Fee in person / online</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="89"/>
        <source>Căn cứ pháp lý</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="90"/>
        <source>Đường dẫn cổng DVC</source>
        <translation>Public service portal link</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="93"/>
        <source>Thành phần hồ sơ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="100"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="101"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProcedurePicker</name>
    <message>
        <location filename="../../desk_app/ui/widgets/procedure_picker.py" line="57"/>
        <source>Gõ tên hoặc mã thủ tục, ví dụ: dang ky tam tru</source>
        <translation>Type a procedure&apos;s name or code, e.g. dang ky tam tru</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desk_app/ui/models/queue_model.py" line="14"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/models/queue_model.py" line="15"/>
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/models/queue_model.py" line="16"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/models/queue_model.py" line="17"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/models/queue_model.py" line="18"/>
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/models/queue_model.py" line="19"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/models/queue_model.py" line="20"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/models/queue_model.py" line="21"/>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/models/queue_model.py" line="25"/>
        <source>QUÁ HẠN</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/models/queue_model.py" line="25"/>
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
</context>
<context>
    <name>QueueNumberField</name>
    <message>
        <location filename="../../desk_app/ui/widgets/queue_number.py" line="20"/>
        <source>số</source>
        <translation>no.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/queue_number.py" line="21"/>
        <source>Số thứ tự của người dân (không bắt buộc). F10: gọi số tiếp theo.</source>
        <translation>The citizen&apos;s queue number (optional). F10: call the next number.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/queue_number.py" line="23"/>
        <source>Số thứ tự</source>
        <translation>Queue no.</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../desk_app/ui/pages/queue_view.py" line="38"/>
        <source>Tìm: mã hồ sơ, số định danh, số điện thoại hoặc họ tên (có dấu hay không dấu)</source>
        <translation>Search: dossier code, ID number, phone or name (with or without accents)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/queue_view.py" line="49"/>
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/queue_view.py" line="53"/>
        <source>Mọi thủ tục</source>
        <translation>Any procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/queue_view.py" line="60"/>
        <source>Nhận từ ngày</source>
        <translation>Received from</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/queue_view.py" line="98"/>
        <source>Xem:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/queue_view.py" line="103"/>
        <source>Thủ tục:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/queue_view.py" line="109"/>
        <source>đến ngày</source>
        <translation>to</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/pages/queue_view.py" line="186"/>
        <source>Tìm thấy %n hồ sơ</source>
        <translation>
            <numerusform>Found %n dossier</numerusform>
            <numerusform>Found %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/queue_view.py" line="186"/>
        <source>Không tìm thấy hồ sơ nào.</source>
        <translation>No dossier found.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/pages/queue_view.py" line="188"/>
        <source>Đang hiển thị %n hồ sơ mới nhất; cuộn xuống để xem thêm</source>
        <translation>
            <numerusform>Showing the newest %n dossier; scroll down for more</numerusform>
            <numerusform>Showing the newest %n dossiers; scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/pages/queue_view.py" line="190"/>
        <source>%n hồ sơ</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiveForm</name>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="29"/>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="30"/>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="64"/>
        <source>Người nộp hồ sơ</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="88"/>
        <source> đồng</source>
        <translation> VND</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="91"/>
        <source>Ghi chú (không bắt buộc)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="96"/>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="102"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="103"/>
        <source>Giấy tờ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="108"/>
        <source>Lệ phí</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="110"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="113"/>
        <source>Lưu hồ sơ (Ctrl+Enter)</source>
        <translation>Save dossier (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="117"/>
        <source>Nhập mới</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="206"/>
        <source>Đã khôi phục hồ sơ đang nhập dở (chưa lưu).</source>
        <translation>Restored the dossier you were entering (not saved yet).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="226"/>
        <source>%1 trực tiếp / %2 trực tuyến</source>
        <translation>%1 in person / %2 online</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="228"/>
        <source>%1 · Thời hạn: %2 · Lệ phí: %3</source>
        <translation>%1 · Time limit: %2 · Fee: %3</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="259"/>
        <source>Còn thiếu %1 giấy tờ: %2</source>
        <translation>%1 document(s) missing: %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="266"/>
        <source>Hẹn trả: chọn thủ tục để tính ngày hẹn</source>
        <translation>Due: choose a procedure to compute the due date</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="271"/>
        <source>Hẹn trả: không tính được (%1)</source>
        <translation>Due: cannot be computed (%1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="273"/>
        <source>Hẹn trả: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="285"/>
        <source>Không tìm thấy thủ tục này: chọn một dòng trong danh sách gợi ý.</source>
        <translation>No such procedure: choose a line in the suggestion list.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="305"/>
        <source> (công dân đã có trong sổ)</source>
        <translation> (citizen already in the register)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="306"/>
        <source>Đã lưu hồ sơ %1%2. Hẹn trả: %3.</source>
        <translation>Dossier %1 saved%2. Due: %3.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="323"/>
        <source>Hồ sơ trùng thủ tục</source>
        <translation>Same procedure already open</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="324"/>
        <source>%1 đang có hồ sơ %2 (%3, %4) chưa xong.

Vẫn tiếp nhận thêm một hồ sơ cùng thủ tục?</source>
        <translation>%1 already has dossier %2 (%3, %4) not finished.

Receive another dossier for the same procedure anyway?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="328"/>
        <source>Chưa lưu: mở hồ sơ %1 để tiếp tục (Alt+M).</source>
        <translation>Not saved: open dossier %1 to continue (Alt+M).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="337"/>
        <source>Hồ sơ %1 đã lưu. %2</source>
        <translation>Dossier %1 is saved. %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="339"/>
        <source>Đã in phiếu hẹn hồ sơ %1.</source>
        <translation>Appointment slip of dossier %1 printed.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="350"/>
        <source>Chưa lưu: còn %1 mục cần sửa (xem chữ đỏ).</source>
        <translation>Not saved: %1 item(s) to fix (see the red text).</translation>
    </message>
</context>
<context>
    <name>ReturningCitizen</name>
    <message>
        <location filename="../../desk_app/ui/widgets/returning_citizen.py" line="51"/>
        <source>Đang có hồ sơ %1 %2 (%3, hẹn trả %4) – mở hồ sơ?</source>
        <translation>Dossier %1 %2 is open (%3, due %4) – open it?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/returning_citizen.py" line="54"/>
        <source>&amp;Mở hồ sơ</source>
        <translation>&amp;Open dossier</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/returning_citizen.py" line="54"/>
        <source>Mở hồ sơ</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/returning_citizen.py" line="62"/>
        <source>… và %1 hồ sơ khác (tìm theo số định danh ở trang Hồ sơ).</source>
        <translation>… and %1 more (search by ID number on the Dossiers page).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_dialog.py" line="19"/>
        <source>&amp;1 Giờ làm việc, mã hồ sơ</source>
        <translation>&amp;1 Working hours, dossier codes</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_dialog.py" line="20"/>
        <source>&amp;2 Đơn vị</source>
        <translation>&amp;2 Unit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_dialog.py" line="21"/>
        <source>&amp;3 Cán bộ</source>
        <translation>&amp;3 Officers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_dialog.py" line="22"/>
        <source>&amp;4 Danh mục thủ tục</source>
        <translation>&amp;4 Procedure catalog</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_dialog.py" line="23"/>
        <source>&amp;5 Ngày nghỉ, làm bù</source>
        <translation>&amp;5 Days off, make-up days</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_dialog.py" line="24"/>
        <source>&amp;6 Máy in</source>
        <translation>&amp;6 Printers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_dialog.py" line="36"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_dialog.py" line="48"/>
        <source>Chỉ chỉ huy đơn vị được thay đổi cài đặt; cán bộ tiếp nhận chỉ xem.</source>
        <translation>Only the unit commander can change settings; reception officers can only view them.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_dialog.py" line="53"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="38"/>
        <source>Dữ liệu vẫn còn nguyên và sẽ nằm trong lần xuất sau.</source>
        <translation>The data is intact and will be in the next export.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="42"/>
        <source>Ổ đĩa của thư mục “%1” đã đầy: chưa ghi được tệp (không để lại tệp dở dang). Hãy xóa bớt tệp hoặc chọn thư mục, USB khác rồi bấm xuất lại.</source>
        <translation>The disk of folder “%1” is full: the file was not written (no partial file is left). Delete some files or choose another folder or USB drive, then export again.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="46"/>
        <source>Không ghi được vào thư mục “%1” (không có quyền ghi hoặc thiết bị chỉ đọc). Hãy chọn thư mục khác.</source>
        <translation>Cannot write to folder “%1” (no write permission, or a read-only device). Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="50"/>
        <source>Không dùng được thư mục “%1” (USB đã rút hoặc đường dẫn không phải thư mục). Hãy cắm lại hoặc chọn thư mục khác.</source>
        <translation>Folder “%1” cannot be used (the USB drive was removed, or the path is not a folder). Plug it back in or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="53"/>
        <source>Không ghi được tệp vào “%1”: %2.</source>
        <translation>Could not write the file to “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="55"/>
        <source>Không xuất được tệp: %1.</source>
        <translation>Could not export the file: %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="61"/>
        <source>cán bộ</source>
        <translation>officers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="62"/>
        <source>thủ tục</source>
        <translation>procedures</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="63"/>
        <source>công dân</source>
        <translation>citizens</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="64"/>
        <source>hồ sơ</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="65"/>
        <source>giấy tờ</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="66"/>
        <source>bước xử lý</source>
        <translation>processing steps</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="67"/>
        <source>lượt tiếp dân</source>
        <translation>citizen visits</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="75"/>
        <source>Đồng bộ cuối ngày</source>
        <translation>End-of-day sync</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="86"/>
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="89"/>
        <source>Lưu vào thư mục:</source>
        <translation>Save to folder:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="93"/>
        <source>Xuất tệp cuối ngày  (Ctrl+E)</source>
        <translation>Export end-of-day file  (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="96"/>
        <source>Xuất lại tệp đã chọn</source>
        <translation>Export the selected file again</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="97"/>
        <source>Khi cấp trên báo thiếu tệp: tạo lại đúng tệp đó (cùng số thứ tự).</source>
        <translation>When the upper level reports a missing file: makes that same file again (same number).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="108"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="109"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="109"/>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="229"/>
        <source> (xuất lại)</source>
        <translation> (again)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="110"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="111"/>
        <source>Bản ghi</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="112"/>
        <source>Nơi lưu</source>
        <translation>Saved in</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="113"/>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="116"/>
        <source>Lịch sử xuất tệp</source>
        <translation>Export history</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="149"/>
        <source>Lần xuất gần nhất: &lt;b&gt;số %1&lt;/b&gt; lúc &lt;b&gt;%2&lt;/b&gt; – %3 (%4 bản ghi)</source>
        <translation>Last export: &lt;b&gt;no. %1&lt;/b&gt; at &lt;b&gt;%2&lt;/b&gt; – %3 (%4 records)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="153"/>
        <source>Chưa xuất tệp lần nào.</source>
        <translation>No file has been exported yet.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="155"/>
        <source>Đang chờ xuất: &lt;b&gt;%1 thay đổi&lt;/b&gt;.</source>
        <translation>Waiting to be exported: &lt;b&gt;%1 changes&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="157"/>
        <source>Đã đến giờ xuất tệp cuối ngày (%1).</source>
        <translation>It is time to export the end-of-day file (%1).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="160"/>
        <source>Không có thay đổi nào đang chờ xuất.</source>
        <translation>No changes are waiting to be exported.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="164"/>
        <source>cấp trên</source>
        <translation>the upper level</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="166"/>
        <source>Gửi cho: &lt;b&gt;%1&lt;/b&gt;. Tệp được ký và mã hóa bằng khóa của cấp trên.</source>
        <translation>Sent to: &lt;b&gt;%1&lt;/b&gt;. The file is signed and encrypted with the upper level&apos;s key.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="170"/>
        <source>Chưa có khóa công khai của %1: chỉ huy đơn vị nhập khóa trong Cài đặt (F9) › Đơn vị thì mới xuất được tệp.</source>
        <translation>No public key of %1 yet: the unit commander must enter it in Settings (F9) › Unit before a file can be exported.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="177"/>
        <source>Chọn thư mục lưu tệp</source>
        <translation>Choose the folder for the file</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="190"/>
        <source>Chưa có khóa công khai của cấp trên nên chưa xuất được tệp. Báo chỉ huy đơn vị nhập khóa trong Cài đặt (F9) › Đơn vị › Khóa công khai cấp trên.</source>
        <translation>The upper level&apos;s public key is missing, so no file can be exported yet. Ask the unit commander to enter it in Settings (F9) › Unit › Upper level&apos;s public key.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="198"/>
        <source>Chọn một dòng trong lịch sử để xuất lại.</source>
        <translation>Choose a row in the history to export again.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="213"/>
        <source>Đang xuất tệp…</source>
        <translation>Exporting the file…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="225"/>
        <source>Không có thay đổi nào mới kể từ lần xuất trước: không tạo tệp.</source>
        <translation>No new changes since the last export: no file was made.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="230"/>
        <source>Đã xuất tệp số %1%2: %3 – %4 bản ghi (%5). Thư mục: %6</source>
        <translation>Exported file no. %1%2: %3 – %4 records (%5). Folder: %6</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="232"/>
        <source>không có bản ghi</source>
        <translation>no records</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="26"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="27"/>
        <source>Thông tin in trên phiếu hẹn và gửi lên cấp trên. Có thể sửa sau trong Cài đặt.</source>
        <translation>Printed on the appointment slip and sent to the upper level. You can change it later in Settings.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="29"/>
        <source>VD: Công an xã Tân Tiến</source>
        <translation>e.g. Công an xã Tân Tiến</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="30"/>
        <source>VD: CAXTT (dùng trong mã hồ sơ)</source>
        <translation>e.g. CAXTT (used in dossier codes)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="31"/>
        <source>VD: Công an tỉnh Bắc Ninh</source>
        <translation>e.g. Công an tỉnh Bắc Ninh</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="34"/>
        <source>Tên đơn vị *</source>
        <translation>Unit name *</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="34"/>
        <source>Mã đơn vị *</source>
        <translation>Unit code *</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="34"/>
        <location filename="../../desk_app/ui/pages/settings/settings_unit.py" line="13"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="35"/>
        <location filename="../../desk_app/ui/pages/settings/settings_unit.py" line="13"/>
        <source>Đường dây nóng</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="35"/>
        <source>Cấp trên nhận báo cáo</source>
        <translation>Upper level (receives reports)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="36"/>
        <location filename="../../desk_app/ui/pages/settings/settings_unit.py" line="15"/>
        <source>Mã cấp trên</source>
        <translation>Upper level code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_unit.py" line="12"/>
        <source>Mã đơn vị</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_unit.py" line="12"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_unit.py" line="14"/>
        <source>Cấp trên nhận dữ liệu</source>
        <translation>Upper level (receives the data)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_unit.py" line="16"/>
        <source>Địa chỉ khảo sát hài lòng</source>
        <translation>Satisfaction survey address</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_unit.py" line="35"/>
        <source>Đổi mã đơn vị chỉ ảnh hưởng các mã hồ sơ cấp sau này.</source>
        <translation>Changing the unit code only affects dossier codes issued from now on.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_unit.py" line="39"/>
        <source>Lưu thông tin đơn vị</source>
        <translation>Save unit details</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_unit.py" line="65"/>
        <source>Đã lưu thông tin đơn vị.</source>
        <translation>Unit details saved.</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="47"/>
        <source>Công dân</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="53"/>
        <source>— Chọn loại việc —</source>
        <translation>— Choose the kind of visit —</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="58"/>
        <source>Công dân hỏi / đề nghị / báo việc gì</source>
        <translation>What the citizen asks, requests or reports</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="62"/>
        <source>Đã hướng dẫn / giải quyết thế nào</source>
        <translation>How it was guided or resolved</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="76"/>
        <source>Nội dung tiếp công dân</source>
        <translation>Visit details</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="78"/>
        <source>Loại việc</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="80"/>
        <source>Nội dung</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="82"/>
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="84"/>
        <source>Đánh giá</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="86"/>
        <source>Lưu (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="117"/>
        <source>Đã khôi phục nội dung đang nhập dở (chưa lưu).</source>
        <translation>Restored what you were entering (not saved yet).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="171"/>
        <source> (công dân đã có trong sổ)</source>
        <translation> (citizen already in the register)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="172"/>
        <source>Đã ghi sổ tiếp công dân: %1%2.</source>
        <translation>Visit recorded: %1%2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="183"/>
        <source>Chưa lưu: còn %1 mục cần sửa (xem chữ đỏ).</source>
        <translation>Not saved: %1 item(s) to fix (see the red text).</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="55"/>
        <source>Đang in</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="56"/>
        <source>Đã in</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="57"/>
        <source>Lỗi in</source>
        <translation>Print failed</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="58"/>
        <source>Bản chính</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="59"/>
        <source>Bản sao</source>
        <translation>Certified copy</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="60"/>
        <source>Bản chụp</source>
        <translation>Photocopy</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="61"/>
        <source>ngày làm việc</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="62"/>
        <source>giờ làm việc</source>
        <translation>working hours</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="63"/>
        <source>Hỏi / hướng dẫn</source>
        <translation>Inquiry / guidance</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="64"/>
        <source>Nhận kết quả</source>
        <translation>Result pickup</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="65"/>
        <source>Khiếu nại / tố cáo</source>
        <translation>Complaint / denunciation</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="66"/>
        <source>Tin báo</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="67"/>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="68"/>
        <source>Bình thường</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="69"/>
        <source>Không hài lòng</source>
        <translation>Unsatisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="70"/>
        <source>Nghỉ</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="71"/>
        <source>Làm bù</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="72"/>
        <source>Chỉ huy</source>
        <translation>Commander</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="73"/>
        <source>Cán bộ tiếp nhận</source>
        <translation>Reception officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="74"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="19"/>
        <source>Rất hài lòng</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="20"/>
        <source>Không đánh giá</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="21"/>
        <source>Thái độ</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="22"/>
        <source>Thời gian chờ</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="23"/>
        <source>Phải đi lại nhiều lần</source>
        <translation>Had to come back several times</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="24"/>
        <source>Trễ hẹn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="25"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="26"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="27"/>
        <source>Trả kết quả</source>
        <translation>Return result</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="28"/>
        <source>Tiếp công dân</source>
        <translation>Reception log</translation>
    </message>
</context>
<context>
    <name>lifecycle</name>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="28"/>
        <source>Đã tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="29"/>
        <source>Đang giải quyết</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="30"/>
        <source>Chờ bổ sung</source>
        <translation>Awaiting supplement</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="31"/>
        <source>Có kết quả</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="32"/>
        <source>Đã trả kết quả</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="33"/>
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="34"/>
        <source>Dừng giải quyết</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="35"/>
        <source>Bắt đầu giải quyết</source>
        <translation>Start processing</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="36"/>
        <source>Yêu cầu bổ sung</source>
        <translation>Request supplement</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="37"/>
        <source>Đã bổ sung đủ</source>
        <translation>Supplement complete</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="38"/>
        <source>Gia hạn (xin lỗi, hẹn lại)</source>
        <translation>Extend (apology, new date)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="39"/>
        <source>Trả kết quả</source>
        <translation>Return result</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="40"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="41"/>
        <source>Nhận hôm nay</source>
        <translation>Received today</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="42"/>
        <source>Đang mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="43"/>
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="44"/>
        <source>Quá hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="45"/>
        <source>Trước hạn</source>
        <translation>Early</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="46"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="47"/>
        <source>Đang quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="48"/>
        <source>Trong hạn</source>
        <translation>Within time</translation>
    </message>
</context>
</TS>
