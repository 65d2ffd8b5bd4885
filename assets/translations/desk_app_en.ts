<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="65"/>
        <source>Giấy tờ còn thiếu (Space để chọn):</source>
        <translation>Missing documents (Space to tick):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="70"/>
        <source>Hẹn trả mới (ngày/tháng/năm giờ:phút):</source>
        <translation>New appointment (day/month/year hour:minute):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="73"/>
        <source>Người nhận kết quả:</source>
        <translation>Collected by:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="80"/>
        <source>Nội dung cần bổ sung thêm:</source>
        <translation>Anything else to supplement:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="81"/>
        <source>Lý do từ chối (nêu căn cứ):</source>
        <translation>Reason for refusal (cite the legal basis):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="82"/>
        <source>Lý do gia hạn:</source>
        <translation>Reason for the extension:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="83"/>
        <source>Lý do dừng giải quyết:</source>
        <translation>Reason for stopping:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="84"/>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="87"/>
        <source>Xác nhận “%1” cho hồ sơ %2?</source>
        <translation>Confirm “%1” for dossier %2?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="39"/>
        <source>Ghi nhận</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="39"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="93"/>
        <source>Gửi kết quả qua dịch vụ bưu chính</source>
        <translation>Send the result by post</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="95"/>
        <source>Số hiệu bưu gửi, ví dụ EE123456789VN</source>
        <translation>Tracking number, e.g. EE123456789VN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="98"/>
        <source>Số hiệu bưu gửi:</source>
        <translation>Tracking number:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="99"/>
        <source>Địa chỉ gửi:</source>
        <translation>Send to address:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="145"/>
        <source>Chọn giấy tờ còn thiếu hoặc ghi nội dung cần bổ sung.</source>
        <translation>Tick the missing documents or write what must be supplemented.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="147"/>
        <source>Cần ghi rõ lý do.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/action_dialogs.py" line="149"/>
        <source>Ghi tên người nhận kết quả.</source>
        <translation>Write the name of the person collecting the result.</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/amend_dialog.py" line="73"/>
        <source>Sửa hồ sơ %1</source>
        <translation>Amend dossier %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/amend_dialog.py" line="74"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/amend_dialog.py" line="74"/>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/amend_dialog.py" line="75"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/amend_dialog.py" line="75"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/amend_dialog.py" line="76"/>
        <source>Nơi cư trú</source>
        <translation>Place of residence</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/amend_dialog.py" line="76"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/amend_dialog.py" line="85"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/amend_dialog.py" line="94"/>
        <source>để trống: giữ nguyên (dd/mm/yyyy HH:MM)</source>
        <translation>leave empty to keep it (dd/mm/yyyy HH:MM)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/amend_dialog.py" line="91"/>
        <source>Giấy tờ đã nhận</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/amend_dialog.py" line="95"/>
        <source>Hẹn trả mới</source>
        <translation>New due time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/amend_dialog.py" line="97"/>
        <source>Lý do sửa</source>
        <translation>Reason for the amendment</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/amend_dialog.py" line="102"/>
        <source>Lưu thay đổi</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/amend_dialog.py" line="102"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/amend_dialog.py" line="135"/>
        <source>Hẹn trả mới “%1” chưa đúng dạng ngày giờ dd/mm/yyyy HH:MM, ví dụ 20/12/2026 14:00.</source>
        <translation>The new due date “%1” is not a date and time as dd/mm/yyyy HH:MM, e.g. 20/12/2026 14:00.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/amend_dialog.py" line="141"/>
        <source>Cần ghi rõ lý do sửa.</source>
        <translation>A reason for the amendment is required.</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="70"/>
        <source>Từ tệp…</source>
        <translation>From a file…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="71"/>
        <source>Quét</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="72"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="74"/>
        <source>Gỡ…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="76"/>
        <source>Xuất hồ sơ điện tử (PDF)…</source>
        <translation>Export the electronic file (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="83"/>
        <source>Đính kèm tệp mới</source>
        <translation>Attach the new files</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="129"/>
        <source>Giấy tờ %1: %2</source>
        <translation>Document %1: %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="131"/>
        <source>Kết quả giải quyết</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="142"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="142"/>
        <source>Giấy tờ %1</source>
        <translation>Document %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="143"/>
        <source>%1: %n trang – %2</source>
        <translation>
            <numerusform>%1: %n page – %2</numerusform>
            <numerusform>%1: %n pages – %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="169"/>
        <source>%n trang</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="196"/>
        <source>Lưu hồ sơ điện tử</source>
        <translation>Save the electronic file</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="197"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="208"/>
        <source>Đã ghi %1: %2 trang, %3 tệp đính kèm.</source>
        <translation>Wrote %1: %2 pages, %3 attachments.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="218"/>
        <source>Gỡ tệp đính kèm</source>
        <translation>Remove an attachment</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="219"/>
        <source>Gỡ “%1” khỏi hồ sơ %2. Lý do (ví dụ: quét nhầm giấy tờ của người khác):</source>
        <translation>Remove “%1” from dossier %2. Reason (for example: another citizen’s paper scanned by mistake):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="233"/>
        <source>Đã gỡ tệp %1 khỏi hồ sơ.</source>
        <translation>Removed %1 from the dossier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="280"/>
        <source>Đã đính kèm %n trang.</source>
        <translation>
            <numerusform>Attached %n page.</numerusform>
            <numerusform>Attached %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="161"/>
        <source>Không mở được tệp (xem Kiểm tra nhật ký).</source>
        <translation>Cannot open the file (see the audit check).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="168"/>
        <source>(PDF)</source>
        <translation>(PDF)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="186"/>
        <source>Đã mở %1 bằng trình xem PDF.</source>
        <translation>Opened %1 in the PDF viewer.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="253"/>
        <source>Máy quét vừa lưu %1 tệp: %2</source>
        <translation>The scanner has just saved %1 files: %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="261"/>
        <source>Chọn ảnh quét hoặc tệp PDF</source>
        <translation>Choose scanned pictures or a PDF file</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="262"/>
        <source>Ảnh quét, PDF (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)</source>
        <translation>Scans, PDF (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="272"/>
        <source>Đang đính kèm…</source>
        <translation>Attaching…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/attachments_box.py" line="287"/>
        <source>Đang quét…</source>
        <translation>Scanning…</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desk_app/ui/pages/audit_page.py" line="26"/>
        <source>Nhật ký kiểm tra</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/audit_page.py" line="30"/>
        <source>từ ngày YYYY-MM-DD</source>
        <translation>from YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/audit_page.py" line="32"/>
        <source>đến ngày YYYY-MM-DD</source>
        <translation>to YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/audit_page.py" line="34"/>
        <source>mã hồ sơ</source>
        <translation>dossier code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/audit_page.py" line="35"/>
        <source>Lọc</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/audit_page.py" line="38"/>
        <source>Kiểm tra toàn vẹn</source>
        <translation>Verify integrity</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/audit_page.py" line="44"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/audit_page.py" line="45"/>
        <source>Lúc</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/audit_page.py" line="46"/>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/audit_page.py" line="47"/>
        <source>Việc</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/audit_page.py" line="48"/>
        <source>Bảng</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/audit_page.py" line="49"/>
        <source>Hồ sơ / nội dung</source>
        <translation>Dossier / subject</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/audit_page.py" line="53"/>
        <source>Không có mục nào khớp bộ lọc – đổi cán bộ, ngày hoặc mã hồ sơ ở trên.</source>
        <translation>No entry matches the filter – change the officer, the days or the dossier code above.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/audit_page.py" line="76"/>
        <source>Mọi cán bộ</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/audit_page.py" line="88"/>
        <source>Chỉ chỉ huy xem được nhật ký kiểm tra.</source>
        <translation>Only a commander can see the audit log.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/audit_page.py" line="94"/>
        <source>Ngày phải có dạng YYYY-MM-DD, ví dụ 2026-11-23.</source>
        <translation>Dates must be YYYY-MM-DD, e.g. 2026-11-23.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/audit_page.py" line="100"/>
        <source>%1 mục (mới nhất trước).</source>
        <translation>%1 entries (newest first).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/audit_page.py" line="108"/>
        <source>Đang kiểm tra nhật ký…</source>
        <translation>Verifying the log…</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="44"/>
        <source>Đặt cụm mật khẩu khôi phục</source>
        <translation>Set the recovery passphrase</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="48"/>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="163"/>
        <source>Cụm mật khẩu khôi phục</source>
        <translation>Recovery passphrase</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="51"/>
        <source>Cụm mật khẩu</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="52"/>
        <source>Nhập lại</source>
        <translation>Type it again</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="54"/>
        <source>Mọi bản sao lưu đều được mã hóa. Cụm mật khẩu này mở được bản sao lưu trên máy khác (khi máy này hỏng): ghi ra giấy, niêm phong, chỉ huy cất giữ.</source>
        <translation>Every backup is encrypted. This passphrase opens a backup on another PC (when this one fails): write it on paper, seal it, the commander keeps it.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="60"/>
        <source>Sao lưu ngay…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="61"/>
        <source>Một bản sao lưu (mã hóa) vào thư mục bạn chọn, ví dụ ổ USB</source>
        <translation>An encrypted backup into a folder you choose, e.g. a USB stick</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="63"/>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="83"/>
        <source>Đã đặt cụm mật khẩu khôi phục. Đặt lại nếu nghi bị lộ.</source>
        <translation>The recovery passphrase is set. Set it again if it may have been seen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="86"/>
        <source>Chưa đặt: bản sao lưu hiện chỉ mở được trên máy này.</source>
        <translation>Not set: backups open only on this PC for now.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="91"/>
        <source>Hai lần nhập cụm mật khẩu không khớp.</source>
        <translation>The two passphrases typed do not match.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="107"/>
        <source>Chọn thư mục để sao lưu (ví dụ ổ USB)</source>
        <translation>Choose a folder for the backup (e.g. a USB stick)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="117"/>
        <source>Chưa sao lưu: không ghi được vào thư mục “%1” (không có, chỉ cho đọc hoặc không có quyền ghi). Hãy chọn thư mục khác.</source>
        <translation>Not backed up: the folder “%1” cannot be written (missing, read-only or no permission to write). Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="122"/>
        <source>Đang sao lưu vào “%1”…</source>
        <translation>Backing up to “%1”…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="133"/>
        <source>Đã sao lưu vào %1 (%2 KB). Cất giữ ổ USB ở nơi an toàn.</source>
        <translation>Backed up to %1 (%2 KB). Keep the USB stick in a safe place.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="144"/>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="145"/>
        <source>Bản sao lưu (*.deskbak)</source>
        <translation>Backups (*.deskbak)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="155"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="156"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="164"/>
        <source>Máy này không có khóa của bản sao lưu. Nhập cụm mật khẩu khôi phục của đơn vị:</source>
        <translation>This PC does not hold the backup's key. Type the unit's recovery passphrase:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="180"/>
        <source>Bản sao lưu lúc %1: %2 hồ sơ, %3 công dân, %4 cán bộ.</source>
        <translation>Backup of %1: %2 dossiers, %3 citizens, %4 officers.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="151"/>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="193"/>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="152"/>
        <source>Thay dữ liệu hiện tại bằng bản sao lưu này? Dữ liệu hiện tại được giữ lại thành một bản sao lưu trong thư mục backups.</source>
        <translation>Replace the current data with this backup? The current data is kept as a backup in the backups folder.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="189"/>
        <source>Đã khôi phục. %1 Dữ liệu trước đó giữ trong %2.</source>
        <translation>Restored. %1 The data before it is kept in %2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_backup.py" line="194"/>
        <source>Phần mềm sẽ đóng lại; hãy mở lại để làm việc tiếp.</source>
        <translation>The program will close now; open it again to go on working.</translation>
    </message>
</context>
<context>
    <name>BackupWarning</name>
    <message>
        <location filename="../../desk_app/ui/shell/daily_backup.py" line="66"/>
        <source>Chưa sao lưu được dữ liệu hôm nay – bấm để xem lý do</source>
        <translation>Today's backup failed – click for the reason</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/daily_backup.py" line="71"/>
        <source>Sao lưu hằng ngày</source>
        <translation>Daily backup</translation>
    </message>
</context>
<context>
    <name>BankFields</name>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_bank.py" line="19"/>
        <source>6 chữ số, ví dụ 970415</source>
        <translation>6 digits, e.g. 970415</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_bank.py" line="24"/>
        <source>Mã ngân hàng (BIN) nhận lệ phí</source>
        <translation>Bank BIN for fees</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_bank.py" line="25"/>
        <source>Số tài khoản nhận lệ phí</source>
        <translation>Account number for fees</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_bank.py" line="26"/>
        <source>Tên chủ tài khoản</source>
        <translation>Account name</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="38"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="38"/>
        <source>Tên thủ tục</source>
        <translation>Procedure name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="39"/>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="39"/>
        <source>Thời hạn</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="40"/>
        <source>Lệ phí</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="40"/>
        <source>Giấy tờ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="41"/>
        <source>Dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="22"/>
        <source>Lọc theo tên hoặc mã (không cần dấu)</source>
        <translation>Filter by name or code (accents optional)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="24"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="25"/>
        <source>Thêm thủ tục…</source>
        <translation>Add procedure…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="26"/>
        <source>Nhập từ tệp JSON…</source>
        <translation>Import from JSON file…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="27"/>
        <source>Xuất ra tệp JSON…</source>
        <translation>Export to JSON file…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="49"/>
        <source>Chọn một thủ tục trong bảng trước.</source>
        <translation>Choose a procedure in the table first.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="56"/>
        <source>Đã lưu thủ tục %1.</source>
        <translation>Procedure %1 saved.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="67"/>
        <source>Không ghi được tệp %1: %2</source>
        <translation>Could not write file %1: %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="68"/>
        <source>Đã xuất %1 thủ tục ra %2.</source>
        <translation>Exported %1 procedures to %2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="76"/>
        <source>Không đọc được tệp %1: %2</source>
        <translation>Could not read file %1: %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="78"/>
        <source>Không nhập được danh mục, chưa thay đổi gì: %1</source>
        <translation>Could not import the catalog; nothing was changed: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="81"/>
        <source>Đã nhập danh mục: thêm %1, cập nhật %2, giữ nguyên %3 thủ tục.</source>
        <translation>Catalog imported: %1 added, %2 updated, %3 procedures unchanged.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="85"/>
        <source>Nhập danh mục thủ tục</source>
        <translation>Import procedure catalog</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="86"/>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="92"/>
        <source>Danh mục JSON (*.json)</source>
        <translation>JSON catalog (*.json)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_catalog.py" line="91"/>
        <source>Xuất danh mục thủ tục</source>
        <translation>Export procedure catalog</translation>
    </message>
</context>
<context>
    <name>ChannelFields</name>
    <message>
        <location filename="../../desk_app/ui/widgets/channel_fields.py" line="32"/>
        <source>Mã hồ sơ trên Cổng dịch vụ công hoặc VNeID</source>
        <translation>The dossier's code on the public service portal or VNeID</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/channel_fields.py" line="33"/>
        <source>Cán bộ hỗ trợ công dân nộp trực tuyến tại quầy</source>
        <translation>An officer helped the citizen file it online at the counter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/channel_fields.py" line="38"/>
        <source>Để trống nếu công dân nhận kết quả tại quầy</source>
        <translation>Leave empty if the citizen collects the result at the counter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/channel_fields.py" line="45"/>
        <source>Mã trên Cổng</source>
        <translation>Portal code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/channel_fields.py" line="47"/>
        <source>Gửi kết quả tới</source>
        <translation>Send the result to</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../desk_app/ui/widgets/choices.py" line="20"/>
        <source>Trên máy này: %1</source>
        <translation>On this PC: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/choices.py" line="21"/>
        <source>Không tìm thấy trên máy này; gõ tên.</source>
        <translation>None found on this PC; type the name.</translation>
    </message>
</context>
<context>
    <name>CitizenConflictQuestion</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/citizen_conflict.py" line="28"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/citizen_conflict.py" line="28"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/citizen_conflict.py" line="28"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/citizen_conflict.py" line="29"/>
        <source>%1: đã lưu “%2” – vừa nhập “%3”</source>
        <translation>%1: on record “%2” – just typed “%3”</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/citizen_conflict.py" line="32"/>
        <source>Số định danh %1 đã có trong sổ: %2.</source>
        <translation>ID number %1 is already on record: %2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/citizen_conflict.py" line="34"/>
        <source>Hãy kiểm tra lại số định danh. Nếu đúng là cùng một người, cập nhật thông tin công dân theo thông tin vừa nhập (các hồ sơ cũ giữ nguyên người nộp như lúc tiếp nhận)?</source>
        <translation>Check the ID number again. If it really is the same person, update the citizen with what was just typed (earlier dossiers keep the applicant as received)?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/citizen_conflict.py" line="37"/>
        <source>Số định danh đã có</source>
        <translation>ID number already known</translation>
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
        <translation>12 digits (scan the ID card's QR code)</translation>
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
        <location filename="../../desk_app/ui/widgets/citizen_fields.py" line="116"/>
        <source>Không đọc được mã QR: %1</source>
        <translation>Could not read the QR code: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/citizen_fields.py" line="118"/>
        <source>Đã quét thẻ căn cước của %1.</source>
        <translation>Scanned the ID card of %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/citizen_fields.py" line="120"/>
        <source>Công dân đã có trong sổ.</source>
        <translation>The citizen is already in the register.</translation>
    </message>
</context>
<context>
    <name>CitizenLink</name>
    <message>
        <location filename="../../desk_app/ui/citizen/link.py" line="81"/>
        <source>Người dân đánh giá: bấm 1 Rất hài lòng · 2 Hài lòng · 3 Không hài lòng</source>
        <translation>Citizen's rating: press 1 Very satisfied · 2 Satisfied · 3 Unsatisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/link.py" line="98"/>
        <source>Đã ghi đánh giá của người dân: %1.</source>
        <translation>The citizen's rating is recorded: %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/link.py" line="112"/>
        <source>Chưa ghi được đánh giá: %1</source>
        <translation>Rating not recorded: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/link.py" line="125"/>
        <source>Chưa gọi được số tiếp theo: %1</source>
        <translation>Could not call the next number: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/link.py" line="130"/>
        <source>Mời số %1</source>
        <translation>Now serving number %1</translation>
    </message>
</context>
<context>
    <name>CitizenScreen</name>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="102"/>
        <source>“4 xin – 4 luôn”</source>
        <translation>“4 pleases – 4 always”</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="103"/>
        <source>Xin chào · Xin lỗi · Xin cảm ơn · Xin phép
Luôn mỉm cười · Luôn nhẹ nhàng · Luôn lắng nghe · Luôn giúp đỡ</source>
        <translation>Hello · Sorry · Thank you · Excuse me
Always smiling · Always gentle · Always listening · Always helping</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="105"/>
        <source>Đang phục vụ số</source>
        <translation>Now serving number</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="107"/>
        <source>Thủ tục hành chính</source>
        <translation>Administrative procedures</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="108"/>
        <source>Đánh giá mức độ hài lòng</source>
        <translation>Rate your satisfaction</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="129"/>
        <source>Hồ sơ của Ông/Bà đã được tiếp nhận. Mã hồ sơ:</source>
        <translation>Your dossier has been received. Dossier code:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="131"/>
        <source>Hẹn trả kết quả</source>
        <translation>Result due</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="133"/>
        <source>Xin Ông/Bà giữ phiếu hẹn và mang theo khi đến nhận kết quả.</source>
        <translation>Please keep the appointment slip and bring it when you collect the result.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="135"/>
        <source>Chuyển khoản lệ phí: quét bằng ứng dụng ngân hàng</source>
        <translation>Pay the fee by transfer: scan with your banking app</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="147"/>
        <source>Ông/Bà đánh giá thế nào về việc giải quyết?</source>
        <translation>How would you rate the way your matter was handled?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="148"/>
        <source>Rất hài lòng</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="148"/>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="149"/>
        <source>Không hài lòng</source>
        <translation>Unsatisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="164"/>
        <source>Chạm vào ô, hoặc bấm phím 1, 2, 3 trên bàn phím đánh giá.</source>
        <translation>Touch a box, or press 1, 2 or 3 on the rating keypad.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="172"/>
        <source>Thái độ</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="172"/>
        <source>Thời gian chờ</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="173"/>
        <source>Phải đi lại nhiều lần</source>
        <translation>Had to come back several times</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="173"/>
        <source>Trễ hẹn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="173"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="184"/>
        <source>Xin Ông/Bà cho biết lý do chưa hài lòng:</source>
        <translation>Please tell us why you are not satisfied:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="195"/>
        <source>Cảm ơn Ông/Bà!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="196"/>
        <source>Ý kiến của Ông/Bà giúp chúng tôi phục vụ tốt hơn.</source>
        <translation>Your opinion helps us serve you better.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen/screen.py" line="306"/>
        <source>Còn %1 giây</source>
        <translation>%1 seconds left</translation>
    </message>
</context>
<context>
    <name>CitizenWindow</name>
    <message>
        <location filename="../../desk_app/ui/citizen/window.py" line="32"/>
        <source>Màn hình người dân</source>
        <translation>Citizen screen</translation>
    </message>
</context>
<context>
    <name>DayEndReminder</name>
    <message>
        <location filename="../../desk_app/ui/shell/day_end_reminder.py" line="43"/>
        <source>Chưa xuất tệp cuối ngày cho %1 – F7</source>
        <translation>End-of-day file for %1 not exported – F7</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="54"/>
        <location filename="../../desk_app/ui/pages/detail.py" line="166"/>
        <source>Chọn một hồ sơ trong danh sách (Enter để mở).</source>
        <translation>Choose a dossier in the list (Enter opens it).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="86"/>
        <source>Người nộp hồ sơ</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="88"/>
        <source>Thành phần hồ sơ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="90"/>
        <source>Quá trình giải quyết</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="80"/>
        <source>Sửa hồ sơ…</source>
        <translation>Amend dossier…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="35"/>
        <source>Giải quyết</source>
        <translation>Processing</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="36"/>
        <source>Bổ sung, hẹn lại</source>
        <translation>Supplements, new dates</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="37"/>
        <source>Không giải quyết tiếp</source>
        <translation>Not processed further</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="92"/>
        <source>Bản điện tử (số hóa)</source>
        <translation>Electronic copies (digitised)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="117"/>
        <source>Thao tác</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="186"/>
        <source>Trạng thái: &lt;b&gt;%1&lt;/b&gt; · Tiếp nhận: %2 · Hẹn trả: &lt;b&gt;%3&lt;/b&gt; · %4 · Lệ phí: %5</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt; · Received: %2 · Due: &lt;b&gt;%3&lt;/b&gt; · %4 · Fee: %5</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="196"/>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="196"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="197"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="197"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="198"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="203"/>
        <source>Hình thức: %1</source>
        <translation>Channel: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="207"/>
        <source>THIẾU</source>
        <translation>MISSING</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="254"/>
        <source>Lý do: </source>
        <translation>Reason: </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="257"/>
        <source>Hẹn mới: </source>
        <translation>New due: </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="259"/>
        <source>Người nhận: </source>
        <translation>Collected by: </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="261"/>
        <source>Gửi qua bưu chính, số hiệu %1, tới %2</source>
        <translation>Sent by post, tracking number %1, to %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="266"/>
        <source>kết quả</source>
        <translation>the result</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="267"/>
        <source>giấy tờ %1</source>
        <translation>document %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="268"/>
        <source>Tệp đã gỡ: %1 (%2, %3 trang)</source>
        <translation>File removed: %1 (%2, %3 pages)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="271"/>
        <source>Thiếu: </source>
        <translation>Missing: </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="338"/>
        <source>Hẹn trả mới: %1 (trước đó: %2).</source>
        <translation>New appointment: %1 (was %2).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="339"/>
        <source>Phiếu mới đã gửi in.</source>
        <translation>The new slip was sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="339"/>
        <source>In phiếu mới cho công dân: Ctrl+P.</source>
        <translation>Print the new slip for the citizen: Ctrl+P.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/detail.py" line="73"/>
        <source>Hồ sơ đã kết thúc: không còn thao tác nào.</source>
        <translation>This dossier is closed: no further actions.</translation>
    </message>
</context>
<context>
    <name>DistrictWindow</name>
    <message>
        <location filename="../../desk_app/ui/district/window.py" line="53"/>
        <source>Cấp trên: %1</source>
        <translation>Upper level: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/district/window.py" line="59"/>
        <source>Nhập tệp từ thư mục…</source>
        <translation>Import files from a folder…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/district/window.py" line="61"/>
        <source>Chọn thư mục chứa tệp .dsync, hoặc kéo thả các tệp vào cửa sổ này.</source>
        <translation>Choose a folder of .dsync files, or drop the files on this window.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/district/window.py" line="64"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/district/window.py" line="64"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/district/window.py" line="65"/>
        <source>Tệp cuối</source>
        <translation>Last file</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/district/window.py" line="66"/>
        <source>Nhập lúc</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/district/window.py" line="67"/>
        <source>Thiếu tệp số</source>
        <translation>Missing file numbers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/district/window.py" line="68"/>
        <source>Ngày làm việc chưa gửi</source>
        <translation>Working days without a file</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/district/window.py" line="82"/>
        <source>Đơn vị và tệp</source>
        <translation>Units and files</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/district/window.py" line="83"/>
        <source>Thống kê</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/district/window.py" line="100"/>
        <source>Không đọc được danh sách đơn vị: %1</source>
        <translation>Could not read the list of units: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/district/window.py" line="109"/>
        <source>Chọn thư mục chứa tệp của các đơn vị</source>
        <translation>Choose the folder with the units' files</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/district/window.py" line="115"/>
        <source>Không có tệp .dsync nào để nhập.</source>
        <translation>No .dsync file to import.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/district/window.py" line="118"/>
        <source>Đang nhập %n tệp…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/district/window.py" line="123"/>
        <source>Không nhập được: %1</source>
        <translation>Could not import: %1</translation>
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
    <name>DossiersPage</name>
    <message>
        <location filename="../../desk_app/ui/pages/dossiers_page.py" line="28"/>
        <source>Về danh sách  (Esc)</source>
        <translation>Back to the list  (Esc)</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desk_app/ui/shell/error_report.py" line="51"/>
        <source>Chi tiết đã ghi vào %1.</source>
        <translation>Details were written to %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/error_report.py" line="52"/>
        <source>Không ghi được tệp nhật ký lỗi.</source>
        <translation>The error log could not be written.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/error_report.py" line="53"/>
        <source>Có lỗi ngoài dự kiến: %1

Thao tác vừa rồi có thể chưa xong; các hồ sơ đã lưu không bị ảnh hưởng và thông tin đang nhập vẫn còn trong bản nháp. %2</source>
        <translation>An unexpected error occurred: %1

The last action may not have finished; saved dossiers are not affected and what you were typing is kept in the draft. %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/error_report.py" line="73"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>FeePayment</name>
    <message>
        <location filename="../../desk_app/ui/widgets/fee_payment.py" line="22"/>
        <source>Tiền mặt</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/fee_payment.py" line="23"/>
        <source>Chuyển khoản</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/fee_payment.py" line="44"/>
        <source>Lệ phí nộp bằng:</source>
        <translation>Fee paid by:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/fee_payment.py" line="46"/>
        <source>tiền mặt</source>
        <translation>cash</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/fee_payment.py" line="46"/>
        <source>chuyển khoản</source>
        <translation>bank transfer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/fee_payment.py" line="47"/>
        <source>Lệ phí đã nộp: %1</source>
        <translation>Fee paid: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="157"/>
        <source>Cài đặt lần đầu – Bộ phận một cửa</source>
        <translation>First-time setup – One-stop desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="165"/>
        <source>Tiếp &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="166"/>
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="167"/>
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="168"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="55"/>
        <source>Không còn việc nào chờ trả lời.</source>
        <translation>Nothing waits for an answer.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="56"/>
        <source>Chưa có việc nào.</source>
        <translation>Nothing yet.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="57"/>
        <source>Chỉ việc chưa trả lời</source>
        <translation>Only those not answered yet</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="61"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="100"/>
        <source>Chưa chọn việc nào trong danh sách.</source>
        <translation>Nothing chosen in the list.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="203"/>
        <source>Theo dõi, trả lời người dân</source>
        <translation>Follow-ups and answers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="208"/>
        <source>Không hài lòng (chỉ huy trả lời)</source>
        <translation>Unsatisfied (the commander answers)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="209"/>
        <source>Phản ánh, kiến nghị, tin báo</source>
        <translation>Complaints, proposals, tip-offs</translation>
    </message>
</context>
<context>
    <name>FullDiskWarning</name>
    <message>
        <location filename="../../desk_app/ui/shell/daily_backup.py" line="104"/>
        <source>Ổ đĩa đã đầy: chỉ xem, tìm và in được; chưa lưu được gì</source>
        <translation>The disk is full: you can look up, search and print; nothing can be saved</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/daily_backup.py" line="109"/>
        <source>Ổ đĩa đã đầy</source>
        <translation>The disk is full</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/daily_backup.py" line="110"/>
        <source>Ổ đĩa chứa dữ liệu đã đầy nên phần mềm mở cơ sở dữ liệu ở chế độ chỉ đọc: xem, tìm hồ sơ và in phiếu vẫn được, nhưng chưa lưu được hồ sơ hay thay đổi nào. Hãy xóa bớt tệp hoặc dọn ổ đĩa, rồi đóng và mở lại phần mềm.</source>
        <translation>The disk holding the data is full, so the program opened the database read-only: looking up, searching dossiers and printing slips still work, but no dossier or change can be saved. Delete some files or clean up the disk, then close and reopen the program.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="21"/>
        <source>Yêu cầu bổ sung</source>
        <translation>Supplement request</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="22"/>
        <source>Gia hạn</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="23"/>
        <source>Từ chối</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="24"/>
        <source>Dừng giải quyết</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="42"/>
        <source> phút</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="43"/>
        <source>Không tự khóa</source>
        <translation>Never lock</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="44"/>
        <source>Tự in phiếu hẹn khi lưu hồ sơ</source>
        <translation>Print the appointment slip when a dossier is saved</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="52"/>
        <source>16:30 (để trống: không nhắc)</source>
        <translation>16:30 (empty: no reminder)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="59"/>
        <source>Lưu cài đặt</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="62"/>
        <source>Giờ làm việc</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="64"/>
        <source>Mẫu mã hồ sơ</source>
        <translation>Dossier code pattern</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="67"/>
        <source>Trường dùng được: {unit_code} {yymmdd} {yyyymmdd} {yyyy} {yy} {mm} {dd} {procedure} {seq} (ví dụ {seq:04} = 4 chữ số).</source>
        <translation>Fields you can use: {unit_code} {yymmdd} {yyyymmdd} {yyyy} {yy} {mm} {dd} {procedure} {seq} (e.g. {seq:04} = 4 digits).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="71"/>
        <source>Tự khóa sau</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="73"/>
        <source>Tự in phiếu khi</source>
        <translation>Print the slip automatically on</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="74"/>
        <source>Nhắc xuất tệp cuối ngày lúc</source>
        <translation>Remind to export the end-of-day file at</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="76"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="77"/>
        <source>Áp dụng cho cửa sổ từ lần mở phần mềm sau. Dòng lệnh, phiếu in và biểu mẫu luôn bằng tiếng Việt.</source>
        <translation>Applies to the window from the next start. The command line, printed slips and forms are always in Vietnamese.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="110"/>
        <source>Hiện có %1 tệp số hóa, %2: mỗi tệp đi một lần, trong tệp cuối ngày sau khi đính kèm.</source>
        <translation>%1 digitised files now, %2: each goes once, in the end-of-day file after it is attached.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="112"/>
        <source>Hiện có %1 tệp, %2</source>
        <translation>%1 files now, %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="115"/>
        <source>Màn hình cho người dân</source>
        <translation>Citizen screen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="116"/>
        <source>Mã QR thủ tục trên màn hình đó</source>
        <translation>Procedures QR on that screen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="102"/>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="172"/>
        <source>Màn hình %1</source>
        <translation>Screen %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="117"/>
        <source>Thời hạn trả lời (ngày làm việc)</source>
        <translation>Time to answer (working days)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="122"/>
        <source>Không hài lòng</source>
        <translation>Unsatisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="122"/>
        <source>Khiếu nại, phản ánh</source>
        <translation>Complaint, feedback</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="123"/>
        <source>Kiến nghị</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="123"/>
        <source>Tin báo</source>
        <translation>Tip-off</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="130"/>
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="142"/>
        <source>Thư mục máy quét lưu tệp (để trống: không dùng)</source>
        <translation>Folder the scanner saves into (empty: not used)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="143"/>
        <source>Gửi kèm tệp số hóa trong tệp cuối ngày (tệp lớn hơn)</source>
        <translation>Send the digitised files in the end-of-day file (a larger file)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="150"/>
        <source>Thư mục máy quét</source>
        <translation>Scanner folder</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="153"/>
        <source>Nhận dạng chữ</source>
        <translation>Text recognition</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="158"/>
        <source>Có (Tesseract, tiếng Việt): chữ trong tệp số hóa được đọc để tìm hồ sơ.</source>
        <translation>Yes (Tesseract, Vietnamese): the text of scans is read to find dossiers.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="159"/>
        <source>Tesseract chưa có dữ liệu tiếng Việt: cài lại và chọn “Vietnamese”.</source>
        <translation>Tesseract has no Vietnamese data: install it again and tick “Vietnamese”.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="160"/>
        <source>Chưa cài Tesseract: tệp số hóa vẫn được lưu, nhưng chưa tìm được theo chữ bên trong.</source>
        <translation>Tesseract is not installed: scans are kept, but their text cannot be searched yet.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="168"/>
        <source>Tự động: màn hình thứ hai nếu có, không thì khung nổi</source>
        <translation>Automatic: the second monitor if any, else a panel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="169"/>
        <source>Khung nổi ở góc màn hình này (xoay về người dân)</source>
        <translation>A corner panel on this screen (turned to the citizen)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="170"/>
        <source>Không dùng</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="184"/>
        <source>Mẫu mã hồ sơ không hợp lệ: %1</source>
        <translation>Invalid dossier code pattern: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="188"/>
        <source>Ví dụ: %1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="201"/>
        <source>Giờ nhắc viết dạng giờ:phút, ví dụ 16:30 (để trống nếu không muốn nhắc).</source>
        <translation>Write the reminder time as hour:minute, e.g. 16:30 (leave it empty for no reminder).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="247"/>
        <source>Đã lưu. Ngôn ngữ mới có hiệu lực từ lần mở phần mềm sau; các cài đặt khác có hiệu lực ngay.</source>
        <translation>Saved. The new language takes effect the next time the program starts; the other settings take effect now.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_general.py" line="250"/>
        <source>Đã lưu, có hiệu lực ngay.</source>
        <translation>Saved; it takes effect now.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="68"/>
        <source>Đếm lại</source>
        <translation>Count again</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="71"/>
        <source>Ca bắt đầu lúc</source>
        <translation>Shift started at</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="79"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="79"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="80"/>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="99"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="82"/>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="83"/>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="90"/>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="94"/>
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="84"/>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="88"/>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="93"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="85"/>
        <source>Nhận lúc</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="86"/>
        <source>Trả lúc</source>
        <translation>Returned at</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="87"/>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="156"/>
        <source>Lúc</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="87"/>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="92"/>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="95"/>
        <source>Công dân</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="88"/>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="96"/>
        <source>Nội dung</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="91"/>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="97"/>
        <source>Người xử lý</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="98"/>
        <source>Mã thủ tục</source>
        <translation>Procedure code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="100"/>
        <source>Số hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="100"/>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="108"/>
        <source>Lệ phí</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="101"/>
        <source>Tiền mặt</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="103"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="103"/>
        <source>Còn mở (sắp đến hạn trước)</source>
        <translation>Open (due soonest first)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="104"/>
        <source>Chờ trả</source>
        <translation>Awaiting pickup</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="104"/>
        <source>Tiếp nhận trong ca</source>
        <translation>Received this shift</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="105"/>
        <source>Đã trả</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="105"/>
        <source>Khiếu nại, tin báo</source>
        <translation>Complaints, reports</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="106"/>
        <source>Không hài lòng chưa trả lời</source>
        <translation>Unsatisfied, not answered</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="107"/>
        <source>Phản ánh, kiến nghị chưa trả lời</source>
        <translation>Complaints, proposals not answered</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="116"/>
        <source> – QUÁ HẠN</source>
        <translation> – OVERDUE</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="119"/>
        <source>Bàn giao</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="121"/>
        <source>Ghi chú cho ca sau: việc cần làm tiếp, hồ sơ cần gọi điện…</source>
        <translation>Note for the next shift: what to follow up, whom to call…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="126"/>
        <source>— chọn người nhận ca —</source>
        <translation>— choose the incoming officer —</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="130"/>
        <source>PIN người nhận ca</source>
        <translation>Incoming officer's PIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="132"/>
        <source>Xác nhận bàn giao</source>
        <translation>Confirm handover</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="136"/>
        <source>In phiếu (máy in nhiệt)</source>
        <translation>Print slip (thermal printer)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="138"/>
        <source>Lưu biên bản A4 (PDF)…</source>
        <translation>Save A4 record (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="143"/>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="157"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="145"/>
        <source>Người nhận ca</source>
        <translation>Incoming officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="156"/>
        <source>Người giao</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="157"/>
        <source>Người nhận</source>
        <translation>Taken over by</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="165"/>
        <source>Chốt sổ cuối ngày</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="167"/>
        <source>In lại bản chốt sổ</source>
        <translation>Reprint the day close</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="171"/>
        <source>Nhập phiếu khảo sát giấy…</source>
        <translation>Enter paper survey forms…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="238"/>
        <source>Tiếp nhận %1 · đã trả %2 · quá hạn %3 · còn mở %4 (%5 đến hạn đến hết ngày làm việc tiếp theo) · chờ trả %6 · lệ phí %7, tiền mặt %8, chuyển khoản %9</source>
        <translation>Received %1 · returned %2 · overdue %3 · open %4 (%5 due by the end of the next working day) · awaiting pickup %6 · fees %7, cash %8, transfer %9</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="242"/>
        <source>Đánh giá: %1</source>
        <translation>Ratings: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="243"/>
        <source>
Không hài lòng chưa trả lời %1 (quá hạn %2) · phản ánh, kiến nghị, tin báo chưa trả lời %3 (quá hạn %4)</source>
        <translation>
Unsatisfied not answered %1 (overdue %2) · complaints, proposals, tip-offs not answered %3 (overdue %4)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="56"/>
        <source>Các lần bàn giao</source>
        <translation>Past handovers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="217"/>
        <source>Đang đếm…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="273"/>
        <source>Không bàn giao lúc này. Người giao ca sau này là %1.</source>
        <translation>No handover now. The officer handing over later will be %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="296"/>
        <source>Đã bàn giao cho %1 lúc %2.</source>
        <translation>Handed over to %1 at %2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="303"/>
        <source>Xác nhận bàn giao trước, rồi in phiếu có chữ ký hai bên.</source>
        <translation>Confirm the handover first, then print the slip for both signatures.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="306"/>
        <source>Đang in phiếu bàn giao…</source>
        <translation>Printing the handover slip…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="317"/>
        <source>Lưu biên bản bàn giao</source>
        <translation>Save the handover record</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="339"/>
        <source>Đã lưu biên bản: %1</source>
        <translation>Record saved: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="351"/>
        <source>Đã chốt sổ, đang in…</source>
        <translation>Day closed, printing…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/handover_page.py" line="351"/>
        <source>Đang in lại bản chốt sổ…</source>
        <translation>Reprinting the day close…</translation>
    </message>
</context>
<context>
    <name>HolidaysPage</name>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="16"/>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="16"/>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="17"/>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="17"/>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="18"/>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="18"/>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="19"/>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="58"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="59"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="60"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="41"/>
        <source>Ví dụ: Nghỉ bù theo quyết định của UBND tỉnh</source>
        <translation>e.g. Day off in lieu by decision of the provincial People's Committee</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="42"/>
        <source>Thêm / sửa ngày</source>
        <translation>Add / change day</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="43"/>
        <source>Xóa ngày đang chọn</source>
        <translation>Remove the selected day</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="48"/>
        <source>Ngày lễ, Tết theo luật đã được tính sẵn. Ở đây chỉ khai báo ngày nghỉ thêm hoặc ngày làm bù theo quyết định hằng năm.</source>
        <translation>Public holidays and Tết set by law are already counted. Declare here only extra days off or make-up working days set by the yearly decision.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="71"/>
        <source>Đã lưu %1: %2.</source>
        <translation>Saved %1: %2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="74"/>
        <source>Chọn một ngày trong danh sách trước.</source>
        <translation>Choose a day in the list first.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_holidays.py" line="81"/>
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
        <translation>Send this whole key line to the upper level once (so it can receive the unit's files).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_keys.py" line="45"/>
        <source>Khóa công khai cấp trên</source>
        <translation>Upper level's public key</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_keys.py" line="48"/>
        <source>Khóa công khai đơn vị</source>
        <translation>Unit's public key</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_keys.py" line="57"/>
        <source>Vân tay %1 – đọc cho cấp trên đối chiếu qua điện thoại.</source>
        <translation>Fingerprint %1 – read it to the upper level by phone to compare.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_keys.py" line="71"/>
        <source>Đây là khóa của chính đơn vị này. Hãy dán khóa do cấp trên gửi.</source>
        <translation>This is this unit's own key. Paste the key sent by the upper level.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_keys.py" line="73"/>
        <source>Khóa hợp lệ – vân tay %1.</source>
        <translation>Valid key – fingerprint %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_keys.py" line="91"/>
        <source>Đã sao chép khóa của đơn vị; dán vào thư, tin nhắn gửi cấp trên.</source>
        <translation>The unit's key is copied; paste it into an email or message to the upper level.</translation>
    </message>
</context>
<context>
    <name>ListExports</name>
    <message>
        <location filename="../../desk_app/ui/pages/list_export.py" line="32"/>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/list_export.py" line="33"/>
        <source>Ghi mọi hồ sơ khớp bộ lọc và ô tìm kiếm (không chỉ các dòng đang hiện) ra tệp Excel  (%1)</source>
        <translation>Write every dossier the filters and the search match (not only the rows shown) to an Excel file  (%1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/list_export.py" line="36"/>
        <source>Xuất sổ theo dõi</source>
        <translation>Export register</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/list_export.py" line="37"/>
        <source>Sổ theo dõi hồ sơ nhận từ ngày đến ngày ghi ở dòng “Nhận từ ngày” phía trên, ra tệp Excel</source>
        <translation>The register of dossiers received between the dates on the “Received from” row above, to an Excel file</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/list_export.py" line="49"/>
        <source>Xuất danh sách hồ sơ</source>
        <translation>Export the dossier list</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/list_export.py" line="57"/>
        <source>Đã xuất %1 hồ sơ ra tệp %2</source>
        <translation>Exported %1 dossiers to %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/list_export.py" line="63"/>
        <source>Ngày cuối trước ngày đầu: sửa khoảng ngày rồi xuất lại.</source>
        <translation>The last day is before the first: correct the dates and export again.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/list_export.py" line="65"/>
        <source>Xuất sổ theo dõi hồ sơ</source>
        <translation>Export the dossier register</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/list_export.py" line="73"/>
        <source>Đã xuất sổ theo dõi (%1 hồ sơ) ra tệp %2</source>
        <translation>Exported the register (%1 dossiers) to %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/list_export.py" line="77"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/list_export.py" line="85"/>
        <source>Đang xuất tệp Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/list_export.py" line="91"/>
        <source>Không xuất được tệp Excel: %1</source>
        <translation>Could not write the Excel file: %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="135"/>
        <source>Màn hình đã khóa</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="138"/>
        <source>Nhập mã PIN để tiếp tục ca trực, hoặc chọn cán bộ nhận ca.</source>
        <translation>Enter your PIN to continue the shift, or choose the officer taking over.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="140"/>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="102"/>
        <source>Đăng nhập ca trực</source>
        <translation>Start of shift</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="105"/>
        <source>Bộ phận một cửa – ai đang trực?</source>
        <translation>One-stop desk – who is on duty?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="108"/>
        <source>Vào ca trực</source>
        <translation>Start shift</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="108"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="184"/>
        <source>Có người nhập sai mã PIN</source>
        <translation>Wrong PINs were typed</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/shell/pages.py" line="183"/>
        <source>Tiếp nhận hồ sơ  F2</source>
        <translation>Receive dossier  F2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/pages.py" line="185"/>
        <source>Tiếp công dân  F4</source>
        <translation>Reception log  F4</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/pages.py" line="188"/>
        <source>Hồ sơ  F3</source>
        <translation>Dossiers  F3</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/pages.py" line="192"/>
        <source>Trả lời người dân</source>
        <translation>Answers to citizens</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/pages.py" line="195"/>
        <source>Đồng bộ cuối ngày  F7</source>
        <translation>End-of-day sync  F7</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/pages.py" line="190"/>
        <source>Lệnh in  F8</source>
        <translation>Print jobs  F8</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/pages.py" line="194"/>
        <source>Thống kê  F6</source>
        <translation>Statistics  F6</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/pages.py" line="187"/>
        <source>Bàn giao ca  F11</source>
        <translation>Shift handover  F11</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/pages.py" line="177"/>
        <source>Tiếp nhận</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/pages.py" line="178"/>
        <source>Hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/pages.py" line="179"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/pages.py" line="180"/>
        <source>Quản trị</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/pages.py" line="196"/>
        <source>Cài đặt  F9</source>
        <translation>Settings  F9</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/pages.py" line="198"/>
        <source>Nhật ký kiểm tra</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/count_tiles.py" line="80"/>
        <source>nhận hôm nay</source>
        <translation>received today</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/count_tiles.py" line="81"/>
        <source>đã trả hôm nay</source>
        <translation>returned today</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/count_tiles.py" line="82"/>
        <source>đến hạn hôm nay</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/count_tiles.py" line="83"/>
        <source>QUÁ HẠN</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/count_tiles.py" line="86"/>
        <location filename="../../desk_app/ui/shell/count_tiles.py" line="122"/>
        <source>chờ trả lời</source>
        <translation>awaiting an answer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/count_tiles.py" line="123"/>
        <source> · %1 QUÁ HẠN</source>
        <translation> · %1 OVERDUE</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="183"/>
        <source>Thay đổi chưa lưu</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="184"/>
        <source>Cài đặt còn thay đổi chưa lưu ở: %1.

Bỏ các thay đổi đó và rời trang?</source>
        <translation>Settings have unsaved changes in: %1.

Discard them and leave the page?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/pages.py" line="197"/>
        <source>Chỉ chỉ huy được mở Cài đặt.</source>
        <translation>Only the commander can open Settings.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/pages.py" line="199"/>
        <source>Chỉ chỉ huy xem được nhật ký kiểm tra.</source>
        <translation>Only a commander can see the audit log.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="269"/>
        <source>Đã lưu %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="270"/>
        <source>Đã ghi vào sổ tiếp công dân.</source>
        <translation>Recorded in the reception log.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="271"/>
        <source>Đã cập nhật hồ sơ %1</source>
        <translation>Dossier %1 updated</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="288"/>
        <source>Ngôn ngữ mới có hiệu lực từ lần mở phần mềm sau.</source>
        <translation>The new language applies from the next start.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="302"/>
        <location filename="../../desk_app/ui/shell/sidebar.py" line="187"/>
        <source>chỉ huy</source>
        <translation>commander</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="302"/>
        <source>cán bộ tiếp nhận</source>
        <translation>reception officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="304"/>
        <source>Cán bộ trực: %1 (%2)</source>
        <translation>On duty: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="305"/>
        <source>Ctrl+L khóa màn hình</source>
        <translation>Ctrl+L locks the screen</translation>
    </message>
</context>
<context>
    <name>NoticeBox</name>
    <message>
        <location filename="../../desk_app/ui/widgets/notice_box.py" line="22"/>
        <source>Tin nhắn báo công dân</source>
        <translation>Messages to the citizen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/notice_box.py" line="35"/>
        <source>Chép nội dung</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/notice_box.py" line="36"/>
        <source>Đã gửi bằng điện thoại</source>
        <translation>Sent from a phone</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/notice_box.py" line="65"/>
        <source>Nhận tin nhắn báo kết quả: có, số %1</source>
        <translation>Notices: yes, to %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/notice_box.py" line="66"/>
        <source>Nhận tin nhắn báo kết quả: không</source>
        <translation>Notices: no</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/notice_box.py" line="74"/>
        <source> (bằng tay)</source>
        <translation> (by hand)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/notice_box.py" line="87"/>
        <source>Chưa có tin nhắn nào cho hồ sơ này.</source>
        <translation>No message for this dossier yet.</translation>
    </message>
</context>
<context>
    <name>NoticeSender</name>
    <message>
        <location filename="../../desk_app/ui/shell/notice_sender.py" line="56"/>
        <source>Tin nhắn chưa gửi được: %1</source>
        <translation>Messages not sent: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/notice_sender.py" line="58"/>
        <source>%1 tin nhắn chờ gửi bằng điện thoại (mở hồ sơ để quét mã)</source>
        <translation>%1 messages wait to be sent from a phone (open the dossier to scan the code)</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_notices.py" line="21"/>
        <source>Có kết quả</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_notices.py" line="22"/>
        <source>Yêu cầu bổ sung</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_notices.py" line="23"/>
        <source>Hẹn lại ngày trả</source>
        <translation>Appointment moved</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_notices.py" line="24"/>
        <source>Nhắc nhận kết quả</source>
        <translation>Pickup reminder</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_notices.py" line="50"/>
        <source>Trường điền sẵn: {unit} tên đơn vị, {code} mã hồ sơ, {where} nơi nhận, {hours} giờ làm việc, {bring} giấy tờ mang theo, {missing} giấy tờ cần bổ sung, {when} giờ hẹn mới, {ready} ngày có kết quả, {hotline}.</source>
        <translation>Filled in: {unit} unit name, {code} dossier code, {where} where to collect, {hours} working hours, {bring} what to bring, {missing} documents to supplement, {when} new appointment, {ready} day the result was ready, {hotline}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_notices.py" line="57"/>
        <source>Mang theo khi nhận</source>
        <translation>Bring when collecting</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_notices.py" line="58"/>
        <source>Giữ dấu tiếng Việt (70 ký tự một tin thay vì 160: tốn tiền hơn)</source>
        <translation>Keep Vietnamese accents (70 characters a message instead of 160: costs more)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_notices.py" line="64"/>
        <source>COM3 hoặc /dev/ttyUSB0 (để trống: gửi bằng điện thoại)</source>
        <translation>COM3 or /dev/ttyUSB0 (empty: send from a phone)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_notices.py" line="70"/>
        <source>Xin báo đã đến máy (có nhà mạng tính phí)</source>
        <translation>Ask for delivery reports (some carriers charge)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_notices.py" line="72"/>
        <source>Cổng modem GSM</source>
        <translation>GSM modem port</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_notices.py" line="73"/>
        <source>Mã PIN thẻ SIM</source>
        <translation>SIM PIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_notices.py" line="77"/>
        <source>Lưu cài đặt tin nhắn</source>
        <translation>Save message settings</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_notices.py" line="87"/>
        <source>Kiểm tra modem</source>
        <translation>Check modem</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_notices.py" line="92"/>
        <source>Gửi tin thử</source>
        <translation>Send a test message</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_notices.py" line="97"/>
        <source>Modem</source>
        <translation>Modem</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_notices.py" line="116"/>
        <source>Dài nhất: %1 tin nhắn</source>
        <translation>At most: %1 messages</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_notices.py" line="135"/>
        <source>Đã lưu cài đặt tin nhắn.</source>
        <translation>Message settings saved.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_notices.py" line="140"/>
        <source>Đang hỏi modem…</source>
        <translation>Asking the modem…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_notices.py" line="154"/>
        <source>Đang gửi tin thử…</source>
        <translation>Sending the test message…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_notices.py" line="162"/>
        <source>Tin thử #%1 đến %2: %3</source>
        <translation>Test message #%1 to %2: %3</translation>
    </message>
</context>
<context>
    <name>OfficerPin</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="37"/>
        <source>4–8 chữ số</source>
        <translation>4–8 digits</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="41"/>
        <source>Mở khóa bằng cụm mật khẩu khôi phục…</source>
        <translation>Unlock with the recovery passphrase…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="47"/>
        <source>Cán bộ trực:</source>
        <translation>Officer on duty:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="48"/>
        <source>Mã PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="78"/>
        <source>Đã mở khóa %1: nhập mã PIN để vào ca trực.</source>
        <translation>Unlocked %1: enter the PIN to start the shift.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/login.py" line="79"/>
        <source>%1 không bị khóa: nhập mã PIN.</source>
        <translation>%1 is not locked: enter the PIN.</translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="61"/>
        <source>Cán bộ</source>
        <translation>Officers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="62"/>
        <source>Chỉ huy quản lý cài đặt; cán bộ trực tiếp nhận hồ sơ. Mỗi người một mã PIN 4–8 chữ số.</source>
        <translation>The commander manages settings; duty officers receive dossiers. Each has a PIN of 4–8 digits.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="68"/>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="46"/>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="47"/>
        <source>Thêm cán bộ</source>
        <translation>Add officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="85"/>
        <source>Chỉ huy (họ tên) *</source>
        <translation>Commander (full name) *</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="86"/>
        <source>PIN của chỉ huy *</source>
        <translation>Commander's PIN *</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="87"/>
        <source>Nhập lại PIN *</source>
        <translation>Repeat the PIN *</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="90"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="93"/>
        <source>Cán bộ trực</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="119"/>
        <source>Chưa nhập họ tên cán bộ.</source>
        <translation>The officer's name is missing.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="122"/>
        <source>Đã có cán bộ tên này.</source>
        <translation>There is already an officer with this name.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="137"/>
        <source>Chưa nhập họ tên chỉ huy.</source>
        <translation>The commander's name is missing.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="140"/>
        <source>Hai lần nhập PIN của chỉ huy không khớp.</source>
        <translation>The two PINs of the commander differ.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="20"/>
        <source>4–8 chữ số</source>
        <translation>4–8 digits</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="49"/>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="78"/>
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="50"/>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="78"/>
        <source>Chức danh</source>
        <translation>Rank / title</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="51"/>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="79"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="80"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="134"/>
        <source>Đang làm việc</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="132"/>
        <source>Ngừng hoạt động</source>
        <comment>status</comment>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="29"/>
        <source>Hiện cả cán bộ đã ngừng hoạt động</source>
        <translation>Show deactivated officers too</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="40"/>
        <source>Ví dụ: Thượng úy</source>
        <translation>e.g. Senior Lieutenant</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="52"/>
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="60"/>
        <source>Đổi PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="61"/>
        <source>Ngừng hoạt động</source>
        <comment>button</comment>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="62"/>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="63"/>
        <source>Cho cán bộ bị tạm khóa vì nhập sai mã PIN thử lại ngay</source>
        <translation>Let an officer locked out by wrong PINs try again now</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="64"/>
        <source>Cán bộ đang chọn</source>
        <translation>Selected officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="66"/>
        <source>PIN mới</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="102"/>
        <source>Đã thêm cán bộ %1.</source>
        <translation>Officer %1 added.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="105"/>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="116"/>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="137"/>
        <source>Chọn một cán bộ trong danh sách trước.</source>
        <translation>Choose an officer in the list first.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="113"/>
        <source>Đã đổi PIN của %1.</source>
        <translation>PIN of %1 changed.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="120"/>
        <source>Không thể tự ngừng hoạt động tài khoản đang trực.</source>
        <translation>You cannot deactivate the account that is on duty.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="123"/>
        <source>Đơn vị phải còn ít nhất một chỉ huy đang hoạt động.</source>
        <translation>The unit must keep at least one active commander.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="128"/>
        <source>%1 đã ngừng hoạt động (lịch sử vẫn giữ nguyên).</source>
        <translation>%1 is deactivated (their history is kept).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="134"/>
        <source>Tạm khóa đến %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="144"/>
        <source>Đã mở khóa %1.</source>
        <translation>%1 unlocked.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_officers.py" line="145"/>
        <source>%1 không bị khóa.</source>
        <translation>%1 is not locked.</translation>
    </message>
</context>
<context>
    <name>PaperRatingsDialog</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="40"/>
        <source>Nhập phiếu khảo sát giấy</source>
        <translation>Enter paper survey forms</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="43"/>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="62"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="48"/>
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
    <name>PinTexts</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/pin_texts.py" line="19"/>
        <source>Cán bộ này không còn hoạt động.</source>
        <translation>This officer is no longer active.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/pin_texts.py" line="23"/>
        <source>Sai mã PIN %1 lần liên tiếp.</source>
        <translation>Wrong PIN %1 times in a row.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/pin_texts.py" line="27"/>
        <source>Sai mã PIN. Còn %1 lần thử trước khi tạm khóa.</source>
        <translation>Wrong PIN. %1 more tries before a temporary lock.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/pin_texts.py" line="28"/>
        <source>Sai mã PIN. Thử lại.</source>
        <translation>Wrong PIN. Try again.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/pin_texts.py" line="32"/>
        <source>Tài khoản %1 tạm khóa vì nhập sai mã PIN nhiều lần: thử lại sau %2 (lúc %3), hoặc nhờ chỉ huy mở khóa.</source>
        <translation>%1 is locked for now after too many wrong PINs: try again in %2 (at %3), or ask a commander to unlock.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/pin_texts.py" line="36"/>
        <source>(Chỉ huy tự mở được bằng cụm mật khẩu khôi phục của đơn vị.)</source>
        <translation>(A commander can unlock themselves with the unit’s recovery passphrase.)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/pin_texts.py" line="42"/>
        <source>%1 giây</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/pin_texts.py" line="43"/>
        <source>%1 phút %2 giây</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/pin_texts.py" line="43"/>
        <source>%1 phút</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/pin_texts.py" line="49"/>
        <source>(dòng lệnh)</source>
        <translation>(command line)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/pin_texts.py" line="50"/>
        <source>Có %1 lần nhập sai mã PIN từ lần đăng nhập trước: %2. Nếu không phải đồng chí nhập, hãy đổi mã PIN và báo chỉ huy.</source>
        <translation>%1 wrong PINs were typed for you since you last came in: %2. If that was not you, change your PIN and tell your commander.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/pin_texts.py" line="55"/>
        <source>hôm nay</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/pin_texts.py" line="57"/>
        <source>hôm qua</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/pin_texts.py" line="58"/>
        <source>ngày %1</source>
        <translation>on %1</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="26"/>
        <source>Phiếu tiếp nhận và hẹn trả (CT04 / Mẫu 01)</source>
        <translation>Receipt and appointment slip (CT04 / Form 01)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="27"/>
        <source>Phiếu hướng dẫn bổ sung (CT05 / Mẫu 02)</source>
        <translation>Supplement guidance slip (CT05 / Form 02)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="28"/>
        <source>Phiếu từ chối tiếp nhận (CT06 / Mẫu 03)</source>
        <translation>Refusal slip (CT06 / Form 03)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="29"/>
        <source>Thư xin lỗi, hẹn lại (Mẫu 04)</source>
        <translation>Apology and new date letter (Form 04)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="30"/>
        <source>Thông báo dừng giải quyết (Mẫu 05)</source>
        <translation>Notice that processing stopped (Form 05)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="31"/>
        <source>Phiếu kiểm soát quá trình giải quyết (Mẫu 06)</source>
        <translation>Processing control sheet (Form 06)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="72"/>
        <source>Biểu mẫu A4</source>
        <translation>A4 forms</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="73"/>
        <source>Ghi biểu mẫu A4 (PDF, 2 liên) rồi mở bằng trình xem PDF để in.</source>
        <translation>Write the A4 form (PDF, 2 copies) and open it in the PDF viewer to print.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="116"/>
        <source>In lại phiếu (Ctrl+P)</source>
        <translation>Reprint slip (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="117"/>
        <source>In lại %1 (theo bước gần nhất của hồ sơ); mũi tên hoặc Ctrl+Shift+P: chọn phiếu khác.</source>
        <translation>Reprint the %1 (from the dossier's latest step); arrow or Ctrl+Shift+P: choose another slip.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="125"/>
        <source>Phiếu tiếp nhận, hẹn trả</source>
        <translation>Receipt and appointment slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="125"/>
        <source>Phiếu bổ sung hồ sơ</source>
        <translation>Supplement slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="126"/>
        <source>Phiếu từ chối</source>
        <translation>Refusal slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="126"/>
        <source>Phiếu xin lỗi, hẹn lại</source>
        <translation>Apology and new date slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="127"/>
        <source>Phiếu đã trả kết quả</source>
        <translation>Result returned slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="127"/>
        <source>Thông báo dừng giải quyết</source>
        <translation>Notice of stopped processing</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="136"/>
        <source>Đang in %1 hồ sơ %2…</source>
        <translation>Printing the %1 of dossier %2…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="149"/>
        <source>bản in lại lần %1 của phiếu</source>
        <translation>reprint no. %1 of the slip of</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="149"/>
        <source>phiếu</source>
        <translation>the slip of</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="150"/>
        <source>Chưa khai báo máy in: %1 hồ sơ %2 được ghi thành ảnh %3</source>
        <translation>No printer set up: %1 dossier %2 was saved as the picture %3</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="152"/>
        <source>Đã in bản in lại lần %2 của phiếu hồ sơ %1.</source>
        <translation>Printed reprint no. %2 of the slip of dossier %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="154"/>
        <source>Đã in phiếu hồ sơ %1.</source>
        <translation>Printed the slip of dossier %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="167"/>
        <source>Không ghi được biểu mẫu: %1</source>
        <translation>Could not write the form: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="170"/>
        <source>%1 (bản in lại lần %2, đã đánh dấu trên biểu mẫu)</source>
        <translation>%1 (reprint no. %2, marked on the form)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="175"/>
        <source>một bản</source>
        <translation>one copy</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="175"/>
        <source>2 liên</source>
        <translation>2 copies</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="176"/>
        <source>Đã mở biểu mẫu %1 (%2) bằng trình xem PDF; in từ trình xem.</source>
        <translation>Opened form %1 (%2) in the PDF viewer; print from the viewer.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/print_actions.py" line="179"/>
        <source>Đã ghi biểu mẫu vào %1. %2</source>
        <translation>Form written to %1. %2</translation>
    </message>
</context>
<context>
    <name>PrintJobsPage</name>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="24"/>
        <source>Phiếu hướng dẫn thủ tục</source>
        <translation>Procedure guide sheet</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="25"/>
        <source>Phiếu tiếp công dân</source>
        <translation>Citizen visit slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="26"/>
        <source>Trang in thử</source>
        <translation>Test page</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="27"/>
        <source>Biên bản bàn giao ca</source>
        <translation>Shift handover record</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="28"/>
        <source>Chốt sổ cuối ngày</source>
        <translation>Day close</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="29"/>
        <source>Chốt sổ cuối ngày (in lại)</source>
        <translation>Day close (reprint)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="30"/>
        <source>Biểu mẫu A4: phiếu tiếp nhận hồ sơ</source>
        <translation>A4 form: receipt and appointment</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="31"/>
        <source>Biểu mẫu A4: phiếu hướng dẫn bổ sung</source>
        <translation>A4 form: request to complete the dossier</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="32"/>
        <source>Biểu mẫu A4: phiếu từ chối</source>
        <translation>A4 form: refusal</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="33"/>
        <source>Biểu mẫu A4: phiếu xin lỗi, hẹn lại</source>
        <translation>A4 form: apology and new appointment</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="34"/>
        <source>Biểu mẫu A4: thông báo dừng giải quyết</source>
        <translation>A4 form: notice that processing stopped</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="35"/>
        <source>Biểu mẫu A4: phiếu kiểm soát quá trình giải quyết</source>
        <translation>A4 form: processing control sheet</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="38"/>
        <source>Phiếu tiếp nhận hồ sơ và hẹn trả kết quả</source>
        <translation>Dossier receipt and appointment slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="39"/>
        <source>Phiếu hướng dẫn bổ sung, hoàn thiện hồ sơ</source>
        <translation>Dossier supplement guidance slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="40"/>
        <source>Phiếu từ chối tiếp nhận, giải quyết hồ sơ</source>
        <translation>Dossier refusal slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="41"/>
        <source>Phiếu xin lỗi và hẹn lại ngày trả kết quả</source>
        <translation>Apology and new result date slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="42"/>
        <source>Phiếu xác nhận đã trả kết quả</source>
        <translation>Result returned confirmation slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="43"/>
        <source>Thông báo dừng giải quyết hồ sơ</source>
        <translation>Notice that processing has stopped</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="73"/>
        <source>Lệnh in</source>
        <translation>Print jobs</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="76"/>
        <source>Lúc</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="77"/>
        <source>Phiếu</source>
        <translation>Slip</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="78"/>
        <source>Hồ sơ / nội dung</source>
        <translation>Dossier / subject</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="79"/>
        <source>Máy in</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="80"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="81"/>
        <source>Lý do lỗi</source>
        <translation>Error reason</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="86"/>
        <source>Không có lệnh in nào – phiếu in khi lưu hồ sơ (F2) hoặc in lại trong chi tiết hồ sơ (Ctrl+P).</source>
        <translation>No print jobs – slips print when a dossier is saved (F2) or are reprinted from its detail (Ctrl+P).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="90"/>
        <source>In lại  (Ctrl+R)</source>
        <translation>Reprint  (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="93"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="96"/>
        <source>In lại trên:</source>
        <translation>Reprint on:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="106"/>
        <source>Các phiếu đã gửi máy in gần đây. Phiếu lỗi (nền đỏ) hoặc đã gửi mà máy in chưa xác nhận (nền vàng) có thể in lại trên máy in cũ hoặc chọn máy in khác.</source>
        <translation>Slips recently sent to a printer. A failed slip (red background) or one sent but not confirmed by the printer (amber background) can be reprinted on its own printer or on another one.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="129"/>
        <source>Máy in của lệnh in</source>
        <translation>The job's own printer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="130"/>
        <source> (ảnh PNG trong thư mục dữ liệu)</source>
        <translation> (PNG image in the data folder)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="146"/>
        <source>Lỗi: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="146"/>
        <source>Đã gửi, chưa xác nhận: %1</source>
        <translation>Sent, not confirmed: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/print_jobs.py" line="165"/>
        <source>Đang in lại…</source>
        <translation>Reprinting…</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="111"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="91"/>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="111"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="92"/>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="112"/>
        <source>Kết nối</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="93"/>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="112"/>
        <source>Khổ giấy</source>
        <translation>Paper width</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="113"/>
        <source>Mặc định</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="74"/>
        <source>192.168.1.50:9100 · 0x0416:0x5011 · COM3@9600 · tên hàng đợi</source>
        <translation>192.168.1.50:9100 · 0x0416:0x5011 · COM3@9600 · queue name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="79"/>
        <source>Ảnh (mọi máy in)</source>
        <translation>Picture (any printer)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="80"/>
        <source>Chữ (máy in hỗ trợ tiếng Việt)</source>
        <translation>Text (printers that handle Vietnamese)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="88"/>
        <source>Dùng làm máy in mặc định</source>
        <translation>Use as the default printer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="54"/>
        <source>Lưu máy in</source>
        <translation>Save printer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="55"/>
        <source>Xóa máy in đang chọn</source>
        <translation>Remove the selected printer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="56"/>
        <source>In trang thử</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="90"/>
        <source>Tên máy in</source>
        <translation>Printer name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="94"/>
        <source>Cách in</source>
        <translation>Printing mode</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="57"/>
        <source>Khi chưa khai báo máy in, phiếu được lưu thành ảnh PNG trong thư mục dữ liệu (máy in xem trước).</source>
        <translation>With no printer set up, slips are saved as PNG pictures in the data folder (the preview printer).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="83"/>
        <source>Máy in không hỗ trợ xác nhận</source>
        <translation>Printer cannot confirm receipt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="84"/>
        <source>Máy in không trả lời khi được hỏi đã nhận phiếu chưa: phiếu được ghi là đã gửi, không kiểm tra được đã ra giấy.</source>
        <translation>The printer does not answer when asked whether it got the slip: its slips are recorded as sent, without checking they reached the paper.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="145"/>
        <source>Cổng / tốc độ phải là số, ví dụ 192.168.1.50:9100 hoặc COM3@9600.</source>
        <translation>Port / speed must be a number, e.g. 192.168.1.50:9100 or COM3@9600.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="146"/>
        <source>Đã lưu máy in %1.</source>
        <translation>Printer %1 saved.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="149"/>
        <source>Chọn một máy in trong danh sách trước.</source>
        <translation>Select a printer in the list first.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="153"/>
        <source>Đã xóa máy in %1.</source>
        <translation>Printer %1 removed.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="160"/>
        <source>Đang in trang thử…</source>
        <translation>Printing a test page…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_printers.py" line="171"/>
        <source>Đã in trang thử trên %1.</source>
        <translation>Test page printed on %1.</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="39"/>
        <source> đồng</source>
        <translation> VND</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="48"/>
        <source>Sửa thủ tục</source>
        <translation>Edit procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="48"/>
        <source>Thêm thủ tục</source>
        <translation>Add procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="54"/>
        <source>Đã kiểm chứng (bỏ chọn nếu chưa chắc thời hạn/lệ phí)</source>
        <translation>Verified (untick if unsure of the time limit or fee)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="55"/>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="111"/>
        <source>Tên giấy tờ cần thêm, Enter để thêm</source>
        <translation>Name of the document to add; Enter adds it</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="112"/>
        <source>Thêm giấy tờ</source>
        <translation>Add document</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="113"/>
        <source>Xóa giấy tờ đang chọn</source>
        <translation>Remove the selected document</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="58"/>
        <source>Mã thủ tục</source>
        <translation>Procedure code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="59"/>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="60"/>
        <source>Tên thủ tục</source>
        <translation>Procedure name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="61"/>
        <source>Thời hạn</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="62"/>
        <source>Lệ phí trực tiếp / trực tuyến</source>
        <translation>Fee in person / online</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="63"/>
        <source>Căn cứ pháp lý</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="64"/>
        <source>Đường dẫn cổng DVC</source>
        <translation>Public service portal link</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="118"/>
        <source>Thành phần hồ sơ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="69"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/procedure_dialog.py" line="70"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProcedurePicker</name>
    <message>
        <location filename="../../desk_app/ui/widgets/procedure_picker.py" line="62"/>
        <source>Gõ tên hoặc mã thủ tục, ví dụ: dang ky tam tru</source>
        <translation>Type a procedure's name or code, e.g. dang ky tam tru</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desk_app/ui/models/queue_model.py" line="16"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/models/queue_model.py" line="21"/>
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/models/queue_model.py" line="17"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/models/queue_model.py" line="18"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/models/queue_model.py" line="19"/>
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/models/queue_model.py" line="20"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/models/queue_model.py" line="22"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/models/queue_model.py" line="23"/>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/models/queue_model.py" line="29"/>
        <source>QUÁ HẠN</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/models/queue_model.py" line="29"/>
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
        <translation>The citizen's queue number (optional). F10: call the next number.</translation>
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
        <location filename="../../desk_app/ui/pages/queue_view.py" line="54"/>
        <source>Tìm: mã hồ sơ, số định danh, số điện thoại hoặc họ tên (có dấu hay không dấu)</source>
        <translation>Search: dossier code, ID number, phone or name (with or without accents)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/queue_view.py" line="69"/>
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/queue_view.py" line="73"/>
        <source>Mọi thủ tục</source>
        <translation>Any procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/queue_view.py" line="80"/>
        <source>Nhận từ ngày</source>
        <translation>Received from</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/queue_view.py" line="93"/>
        <source>Xem:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/queue_view.py" line="94"/>
        <source>Thủ tục:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/queue_view.py" line="95"/>
        <source>đến ngày</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/queue_view.py" line="235"/>
        <source>Không tìm thấy hồ sơ nào khớp. Thử gõ mã hồ sơ, số định danh hoặc họ tên không dấu.</source>
        <translation>No dossier matches. Try the dossier code, the ID number or the name without accents.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/queue_view.py" line="237"/>
        <source>Chưa có hồ sơ nào hôm nay – F2 để tiếp nhận.</source>
        <translation>No dossiers yet today – F2 to receive one.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/queue_view.py" line="238"/>
        <source>Không có hồ sơ nào trong danh sách này – đổi bộ lọc ở trên, hoặc F2 để tiếp nhận hồ sơ mới.</source>
        <translation>No dossiers in this list – change the filters above, or F2 to receive a new one.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/pages/queue_view.py" line="243"/>
        <source>Tìm thấy %n hồ sơ</source>
        <translation>
            <numerusform>Found %n dossier</numerusform>
            <numerusform>Found %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/queue_view.py" line="243"/>
        <source>Không tìm thấy hồ sơ nào.</source>
        <translation>No dossier found.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/pages/queue_view.py" line="245"/>
        <source>Đang hiển thị %n hồ sơ mới nhất; cuộn xuống để xem thêm</source>
        <translation>
            <numerusform>Showing the newest %n dossier; scroll down for more</numerusform>
            <numerusform>Showing the newest %n dossiers; scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/pages/queue_view.py" line="247"/>
        <source>%n hồ sơ</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingFollowUps</name>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="120"/>
        <source>Hạn trả lời</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="120"/>
        <source> – QUÁ HẠN</source>
        <translation> – OVERDUE</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="121"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="122"/>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="123"/>
        <source>Công dân</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="124"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="125"/>
        <source>Cán bộ được đánh giá</source>
        <translation>Officer rated</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="126"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="130"/>
        <source>đã gọi điện, gặp trực tiếp… lúc nào, với ai</source>
        <translation>called, met in person… when, with whom</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="134"/>
        <source>Đã liên hệ</source>
        <translation>Contact made</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="135"/>
        <source>Trả lời người dân</source>
        <translation>Answer to the citizen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="136"/>
        <source>Lưu trả lời</source>
        <translation>Save the answer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="149"/>
        <source>Đã lưu trả lời cho %1.</source>
        <translation>Answer saved for %1.</translation>
    </message>
</context>
<context>
    <name>ReceiveForm</name>
    <message>
        <location filename="../../desk_app/ui/widgets/channel_fields.py" line="14"/>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/channel_fields.py" line="15"/>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/channel_fields.py" line="16"/>
        <source>Bưu chính</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="58"/>
        <source>Người nộp hồ sơ</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="83"/>
        <source> đồng</source>
        <translation> VND</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="86"/>
        <source>Ghi chú (không bắt buộc)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="93"/>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="99"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="100"/>
        <source>Giấy tờ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="105"/>
        <source>Lệ phí</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="108"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="109"/>
        <source>Nhận tin nhắn báo kết quả?</source>
        <translation>Text the citizen when the result is ready?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="116"/>
        <source>Lưu hồ sơ (Ctrl+Enter)</source>
        <translation>Save dossier (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="121"/>
        <source>Nhập mới</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="205"/>
        <source>Đã khôi phục hồ sơ đang nhập dở (chưa lưu).</source>
        <translation>Restored the dossier you were entering (not saved yet).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="225"/>
        <source>%1 trực tiếp / %2 trực tuyến</source>
        <translation>%1 in person / %2 online</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="227"/>
        <source>%1 · Thời hạn: %2 · Lệ phí: %3</source>
        <translation>%1 · Time limit: %2 · Fee: %3</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="258"/>
        <source>Còn thiếu %1 giấy tờ: %2</source>
        <translation>%1 document(s) missing: %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="265"/>
        <source>Hẹn trả: chọn thủ tục để tính ngày hẹn</source>
        <translation>Due: choose a procedure to compute the due date</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="270"/>
        <source>Hẹn trả: không tính được (%1)</source>
        <translation>Due: cannot be computed (%1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="272"/>
        <source>Hẹn trả: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="289"/>
        <source>Không tìm thấy thủ tục này: chọn một dòng trong danh sách gợi ý.</source>
        <translation>No such procedure: choose a line in the suggestion list.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="295"/>
        <source>Chưa lưu: kiểm tra lại số định danh rồi lưu lại (Ctrl+Enter).</source>
        <translation>Not saved: check the ID number, then save again (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="317"/>
        <source> (công dân đã có trong sổ)</source>
        <translation> (citizen already in the register)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="318"/>
        <source>Đã lưu hồ sơ %1%2. Hẹn trả: %3.</source>
        <translation>Dossier %1 saved%2. Due: %3.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="335"/>
        <source>Hồ sơ trùng thủ tục</source>
        <translation>Same procedure already open</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="336"/>
        <source>%1 đang có hồ sơ %2 (%3, %4) chưa xong.

Vẫn tiếp nhận thêm một hồ sơ cùng thủ tục?</source>
        <translation>%1 already has an open %2 dossier (%3, %4).

Receive another dossier for the same procedure anyway?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="340"/>
        <source>Chưa lưu: mở hồ sơ %1 để tiếp tục (Alt+M).</source>
        <translation>Not saved: open dossier %1 to continue (Alt+M).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="349"/>
        <source>Hồ sơ %1 đã lưu. %2</source>
        <translation>Dossier %1 is saved. %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="351"/>
        <source>Hồ sơ %1 đã lưu. Chưa khai báo máy in (Cài đặt › Máy in): phiếu hẹn được ghi thành ảnh %2</source>
        <translation>Dossier %1 saved. No printer set up (Settings › Printers): the appointment slip was saved as the picture %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="354"/>
        <source>Đã in phiếu hẹn hồ sơ %1.</source>
        <translation>Appointment slip of dossier %1 printed.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/receive_form.py" line="366"/>
        <source>Chưa lưu: còn %1 mục cần sửa (xem chữ đỏ).</source>
        <translation>Not saved: %1 item(s) to fix (see the red text).</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <location filename="../../desk_app/ui/record_kinds.py" line="9"/>
        <source>cán bộ</source>
        <translation>officers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/record_kinds.py" line="10"/>
        <source>thủ tục</source>
        <translation>procedures</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/record_kinds.py" line="11"/>
        <source>công dân</source>
        <translation>citizens</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/record_kinds.py" line="12"/>
        <source>hồ sơ</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/record_kinds.py" line="13"/>
        <source>giấy tờ</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/record_kinds.py" line="14"/>
        <source>bước xử lý</source>
        <translation>processing steps</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/record_kinds.py" line="15"/>
        <source>lượt tiếp dân</source>
        <translation>visits</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/record_kinds.py" line="16"/>
        <source>đánh giá</source>
        <translation>ratings</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/record_kinds.py" line="17"/>
        <source>trả lời đánh giá không hài lòng</source>
        <translation>answers to unsatisfied ratings</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/record_kinds.py" line="18"/>
        <source>theo dõi phản ánh, kiến nghị, tin báo</source>
        <translation>complaints, proposals and tip-offs followed up</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/record_kinds.py" line="19"/>
        <source>bàn giao ca</source>
        <translation>shift handovers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/record_kinds.py" line="20"/>
        <source>chốt ngày</source>
        <translation>day closings</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/record_kinds.py" line="21"/>
        <source>lệnh in</source>
        <translation>print jobs</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/record_kinds.py" line="22"/>
        <source>máy in</source>
        <translation>printers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/record_kinds.py" line="23"/>
        <source>cài đặt</source>
        <translation>settings</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/record_kinds.py" line="24"/>
        <source>đơn vị</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/record_kinds.py" line="25"/>
        <source>ngày nghỉ, làm bù</source>
        <translation>holidays and make-up days</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/record_kinds.py" line="26"/>
        <source>tệp cuối ngày</source>
        <translation>end-of-day files</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/record_kinds.py" line="27"/>
        <source>số thứ tự mã hồ sơ</source>
        <translation>dossier code counters</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/record_kinds.py" line="28"/>
        <source>lần nhập mã PIN</source>
        <translation>PIN attempts</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/recovery_page.py" line="15"/>
        <source>Cụm mật khẩu khôi phục bản sao lưu</source>
        <translation>Recovery passphrase for backups</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/recovery_page.py" line="16"/>
        <source>Mọi bản sao lưu đều được mã hóa. Cụm mật khẩu này mở được chúng trên máy khác khi máy này hỏng: ghi ra giấy, niêm phong, chỉ huy cất giữ. Có thể đặt sau trong Cài đặt.</source>
        <translation>Every backup is encrypted. This passphrase opens them on another PC when this one fails: write it on paper, seal it, the commander keeps it. It can also be set later in Settings.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/recovery_page.py" line="24"/>
        <source>Cụm mật khẩu</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/recovery_page.py" line="25"/>
        <source>Nhập lại</source>
        <translation>Type it again</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/recovery_page.py" line="26"/>
        <source>Để trống nếu muốn đặt sau.</source>
        <translation>Leave empty to set it later.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/recovery_page.py" line="37"/>
        <source>Hai lần nhập cụm mật khẩu không khớp.</source>
        <translation>The two passphrases typed do not match.</translation>
    </message>
</context>
<context>
    <name>RecoveryReminder</name>
    <message>
        <location filename="../../desk_app/ui/shell/daily_backup.py" line="83"/>
        <source>Chưa đặt cụm mật khẩu khôi phục bản sao lưu</source>
        <translation>No recovery passphrase for backups yet</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/daily_backup.py" line="91"/>
        <source>Cụm mật khẩu khôi phục</source>
        <translation>Recovery passphrase</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/daily_backup.py" line="92"/>
        <source>Bản sao lưu đã được mã hóa nhưng hiện chỉ mở được trên máy này. Nếu máy hỏng, cần cụm mật khẩu khôi phục để mở bản sao lưu trên máy mới: đặt trong Cài đặt › Sao lưu, khôi phục.</source>
        <translation>Backups are encrypted but open only on this PC for now. If it fails, the recovery passphrase is needed to open them on a new PC: set it in Settings › Backup, restore.</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockDialog</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/recovery_unlock.py" line="20"/>
        <source>Mở khóa bằng cụm mật khẩu khôi phục</source>
        <translation>Unlock with the recovery passphrase</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/recovery_unlock.py" line="21"/>
        <source>%1 đang tạm khóa vì nhập sai mã PIN. Nhập cụm mật khẩu khôi phục của đơn vị (cụm mật khẩu niêm phong mở các bản sao lưu) để tự mở khóa.</source>
        <translation>%1 is locked after wrong PINs. Enter the unit's recovery passphrase (the sealed passphrase that opens the backups) to lift the lock.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/recovery_unlock.py" line="32"/>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/recovery_unlock.py" line="32"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReturningCitizen</name>
    <message>
        <location filename="../../desk_app/ui/widgets/returning_citizen.py" line="52"/>
        <source>Đang có hồ sơ %1 %2 (%3, hẹn trả %4) – mở hồ sơ?</source>
        <translation>Has an open dossier %1 %2 (%3, due %4) – open it?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/returning_citizen.py" line="55"/>
        <source>&amp;Mở hồ sơ</source>
        <translation>&amp;Open dossier</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/returning_citizen.py" line="55"/>
        <source>Mở hồ sơ</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets/returning_citizen.py" line="63"/>
        <source>… và %1 hồ sơ khác (tìm theo số định danh ở trang Hồ sơ).</source>
        <translation>… and %1 other dossier(s) (search by ID number on the Dossiers page).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_dialog.py" line="23"/>
        <source>&amp;1 Giờ làm việc, mã hồ sơ</source>
        <translation>&amp;1 Working hours, dossier codes</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_dialog.py" line="24"/>
        <source>&amp;2 Đơn vị</source>
        <translation>&amp;2 Unit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_dialog.py" line="25"/>
        <source>&amp;3 Cán bộ</source>
        <translation>&amp;3 Officers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_dialog.py" line="26"/>
        <source>&amp;4 Danh mục thủ tục</source>
        <translation>&amp;4 Procedure catalog</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_dialog.py" line="27"/>
        <source>&amp;5 Ngày nghỉ, làm bù</source>
        <translation>&amp;5 Days off, make-up days</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_dialog.py" line="28"/>
        <source>&amp;6 Máy in</source>
        <translation>&amp;6 Printers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_dialog.py" line="29"/>
        <source>&amp;7 Sao lưu, khôi phục</source>
        <translation>&amp;7 Backup, restore</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_dialog.py" line="30"/>
        <source>&amp;8 Tin nhắn (SMS)</source>
        <translation>&amp;8 Text messages (SMS)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_dialog.py" line="42"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_dialog.py" line="59"/>
        <source>Chỉ chỉ huy đơn vị được thay đổi cài đặt; cán bộ tiếp nhận chỉ xem.</source>
        <translation>Only the unit commander can change settings; reception officers can only view them.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_dialog.py" line="64"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="26"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="26"/>
        <source>Tuần này</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="27"/>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="27"/>
        <source>Quý này</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="28"/>
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="28"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="29"/>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="29"/>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="30"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="30"/>
        <source>Tổng số nhận</source>
        <translation>Received, total</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="31"/>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="31"/>
        <source>Trực tiếp, bưu chính</source>
        <translation>In person, by post</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="32"/>
        <source>Từ kỳ trước</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="32"/>
        <source>Đã giải quyết</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="33"/>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="337"/>
        <source>Trước hạn</source>
        <translation>Early</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="33"/>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="338"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="34"/>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="338"/>
        <source>Quá hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="34"/>
        <source>Đang giải quyết</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="35"/>
        <source>Trong hạn</source>
        <translation>Within time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="35"/>
        <source>Chờ bổ sung</source>
        <translation>Awaiting supplement</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="36"/>
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="36"/>
        <source>Dừng</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="37"/>
        <source>Đã trả</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="37"/>
        <source>Rất hài lòng</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="38"/>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="38"/>
        <source>Không hài lòng</source>
        <translation>Unsatisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="43"/>
        <source>Giấy tờ đã nhận</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="44"/>
        <source>Giấy tờ có bản điện tử</source>
        <translation>With an e-copy</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="45"/>
        <source>Tỷ lệ số hóa giấy tờ</source>
        <translation>Share digitised</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="46"/>
        <source>Hồ sơ đã nhận</source>
        <translation>Dossiers received</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="47"/>
        <source>Hồ sơ số hóa đủ</source>
        <translation>Fully digitised</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="48"/>
        <source>Kết quả đã có</source>
        <translation>Results ready</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="49"/>
        <source>Kết quả số hóa</source>
        <translation>Results digitised</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="124"/>
        <source>Thống kê kết quả giải quyết hồ sơ</source>
        <translation>Results of dossier processing</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="129"/>
        <source>Khoảng khác…</source>
        <translation>Other range…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="138"/>
        <source>Kết quả giải quyết</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="139"/>
        <source>Số hóa hồ sơ</source>
        <translation>Digitisation</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="140"/>
        <source>Xem</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="141"/>
        <source>Xuất Biểu 06 (Excel)</source>
        <translation>Export form 06 (Excel)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="142"/>
        <source>Xuất Biểu 06 (PDF)</source>
        <translation>Export form 06 (PDF)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="146"/>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="146"/>
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="146"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="163"/>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="169"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="165"/>
        <source>Tỷ lệ trước, đúng hạn</source>
        <translation>Early or on time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="101"/>
        <source>Đang tải biểu đồ…</source>
        <translation>Loading the charts…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="150"/>
        <source>&amp;Theo:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="150"/>
        <source>&amp;Bảng:</source>
        <translation>&amp;Table:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="227"/>
        <source>Ngày cuối trước ngày đầu: chọn lại khoảng thời gian.</source>
        <translation>The last day is before the first: choose the range again.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="229"/>
        <source>Đang tính…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="249"/>
        <source>Không tính được thống kê: %1</source>
        <translation>Could not count the statistics: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="275"/>
        <source>Tổng số</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="255"/>
        <source>Từ %1 đến %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="258"/>
        <source>Cân đối: nhận %1 = đã giải quyết %2 + đang giải quyết %3 + từ chối %4 + dừng %5</source>
        <translation>Balance: received %1 = resolved %2 + in progress %3 + refused %4 + stopped %5</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="262"/>
        <source>Đang đếm hồ sơ số hóa…</source>
        <translation>Counting the digitised dossiers…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="283"/>
        <source>Không đếm được hồ sơ số hóa: %1</source>
        <translation>Could not count the digitised dossiers: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="290"/>
        <source>Hồ sơ mới: trực tiếp tại quầy %1 · qua bưu chính %2 · trực tuyến %3 (cán bộ hỗ trợ nộp tại quầy %4, có mã hồ sơ trên Cổng %5) · Trả kết quả qua bưu chính: %6</source>
        <translation>New dossiers: at the counter %1 · by post %2 · online %3 (filed with an officer's help at the counter %4, with a portal code %5) · Results sent by post: %6</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="299"/>
        <source>Số hóa: giấy tờ có bản điện tử %1/%2 (%3) · hồ sơ số hóa đủ %4/%5 · kết quả số hóa %6/%7</source>
        <translation>Digitised: documents with an electronic copy %1/%2 (%3) · dossiers fully digitised %4/%5 · results digitised %6/%7</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="314"/>
        <source>Không tải được biểu đồ: %1</source>
        <translation>Could not load the charts: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="316"/>
        <source>Nhận và giải quyết</source>
        <translation>Received and resolved</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="317"/>
        <source>Trước/đúng/quá hạn theo thủ tục</source>
        <translation>Early/on time/late by procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="318"/>
        <source>Mức độ hài lòng (%)</source>
        <translation>Satisfaction (%)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="319"/>
        <source>Chưa có đánh giá</source>
        <translation>No ratings yet</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="337"/>
        <source>Nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="337"/>
        <source>Giải quyết</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="352"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="352"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="354"/>
        <source>Lưu Biểu 06</source>
        <translation>Save form 06</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="371"/>
        <source>Không ghi được tệp: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/stats_page.py" line="373"/>
        <source>Đã ghi Biểu 06: %1</source>
        <translation>Form 06 written: %1</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="42"/>
        <source>Dữ liệu vẫn còn nguyên và sẽ nằm trong lần xuất sau.</source>
        <translation>The data is intact and will be in the next export.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="46"/>
        <source>Ổ đĩa của thư mục “%1” đã đầy: chưa ghi được tệp (không để lại tệp dở dang). Hãy xóa bớt tệp hoặc chọn thư mục, USB khác rồi bấm xuất lại.</source>
        <translation>The disk of folder “%1” is full: the file was not written (no partial file is left). Delete some files or choose another folder or USB drive, then export again.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="50"/>
        <source>Không ghi được vào thư mục “%1” (không có quyền ghi hoặc thiết bị chỉ đọc). Hãy chọn thư mục khác.</source>
        <translation>Cannot write to folder “%1” (no write permission, or a read-only device). Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="54"/>
        <source>Không dùng được thư mục “%1” (USB đã rút hoặc đường dẫn không phải thư mục). Hãy cắm lại hoặc chọn thư mục khác.</source>
        <translation>Folder “%1” cannot be used (the USB drive was removed, or the path is not a folder). Plug it back in or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="57"/>
        <source>Không ghi được tệp vào “%1”: %2.</source>
        <translation>Could not write the file to “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="59"/>
        <source>Không xuất được tệp: %1.</source>
        <translation>Could not export the file: %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="71"/>
        <source>Đồng bộ cuối ngày</source>
        <translation>End-of-day sync</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="113"/>
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="116"/>
        <source>Lưu vào thư mục:</source>
        <translation>Save to folder:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="80"/>
        <source>Xuất tệp cuối ngày  (Ctrl+E)</source>
        <translation>Export end-of-day file  (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="83"/>
        <source>Xuất lại tệp đã chọn</source>
        <translation>Export the selected file again</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="84"/>
        <source>Khi cấp trên báo thiếu tệp: tạo lại đúng tệp đó (cùng số thứ tự).</source>
        <translation>When the upper level reports a missing file: makes that same file again (same number).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="123"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="124"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="124"/>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="230"/>
        <source> (xuất lại)</source>
        <translation> (again)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="125"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="126"/>
        <source>Bản ghi</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="127"/>
        <source>Nơi lưu</source>
        <translation>Saved in</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="128"/>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="131"/>
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
        <location filename="../../desk_app/ui/pages/sync_page.py" line="156"/>
        <source>Chưa gửi %4: &lt;b&gt;%1 hồ sơ&lt;/b&gt; và &lt;b&gt;%2 lượt tiếp công dân&lt;/b&gt; mới hoặc có cập nhật (%3 bản ghi trong tệp).</source>
        <translation>Not yet sent to %4: &lt;b&gt;%1 dossiers&lt;/b&gt; and &lt;b&gt;%2 reception-log visits&lt;/b&gt; new or updated (%3 records in the file).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="160"/>
        <source>Đã đến giờ xuất tệp cuối ngày (%1).</source>
        <translation>It is time to export the end-of-day file (%1).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="163"/>
        <source>Không có thay đổi nào đang chờ xuất.</source>
        <translation>No changes are waiting to be exported.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="167"/>
        <source>Gửi cho: &lt;b&gt;%1&lt;/b&gt;. Tệp được ký và mã hóa bằng khóa của %1.</source>
        <translation>Sent to: &lt;b&gt;%1&lt;/b&gt;. The file is signed and encrypted with its key.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="171"/>
        <source>Chưa có khóa công khai của %1: chỉ huy đơn vị nhập khóa trong Cài đặt (F9) › Đơn vị thì mới xuất được tệp.</source>
        <translation>No public key of %1 yet: the unit commander must enter it in Settings (F9) › Unit before a file can be exported.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="178"/>
        <source>Chọn thư mục lưu tệp</source>
        <translation>Choose the folder for the file</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="191"/>
        <source>Chưa có khóa công khai của cấp trên nên chưa xuất được tệp. Báo chỉ huy đơn vị nhập khóa trong Cài đặt (F9) › Đơn vị › Khóa công khai cấp trên.</source>
        <translation>The upper level's public key is missing, so no file can be exported yet. Ask the unit commander to enter it in Settings (F9) › Unit › Upper level's public key.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="199"/>
        <source>Chọn một dòng trong lịch sử để xuất lại.</source>
        <translation>Choose a row in the history to export again.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="214"/>
        <source>Đang xuất tệp…</source>
        <translation>Exporting the file…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="226"/>
        <source>Không có thay đổi nào mới kể từ lần xuất trước: không tạo tệp.</source>
        <translation>No new changes since the last export: no file was made.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="231"/>
        <source>Đã xuất tệp số %1%2: %3 – %4 bản ghi (%5). Thư mục: %6</source>
        <translation>Exported file no. %1%2: %3 – %4 records (%5). Folder: %6</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/sync_page.py" line="233"/>
        <source>không có bản ghi</source>
        <translation>no records</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="30"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="31"/>
        <source>Thông tin in trên phiếu hẹn và gửi lên cấp trên. Có thể sửa sau trong Cài đặt.</source>
        <translation>Printed on the appointment slip and sent to the upper level. You can change it later in Settings.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="33"/>
        <source>VD: Công an xã Tân Tiến</source>
        <translation>e.g. Công an xã Tân Tiến</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="34"/>
        <source>VD: CAXTT (dùng trong mã hồ sơ)</source>
        <translation>e.g. CAXTT (used in dossier codes)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="35"/>
        <source>VD: Công an tỉnh Bắc Ninh</source>
        <translation>e.g. Công an tỉnh Bắc Ninh</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="38"/>
        <source>Tên đơn vị *</source>
        <translation>Unit name *</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="38"/>
        <source>Mã đơn vị *</source>
        <translation>Unit code *</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="38"/>
        <location filename="../../desk_app/ui/pages/settings/settings_unit.py" line="14"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="39"/>
        <location filename="../../desk_app/ui/pages/settings/settings_unit.py" line="14"/>
        <source>Đường dây nóng</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="39"/>
        <source>Cấp trên nhận báo cáo</source>
        <translation>Upper level (receives reports)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/first_run.py" line="40"/>
        <location filename="../../desk_app/ui/pages/settings/settings_unit.py" line="16"/>
        <source>Mã cấp trên</source>
        <translation>Upper level code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_unit.py" line="13"/>
        <source>Mã đơn vị</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_unit.py" line="13"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_unit.py" line="15"/>
        <source>Cấp trên nhận dữ liệu</source>
        <translation>Upper level (receives the data)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_unit.py" line="17"/>
        <source>Địa chỉ khảo sát hài lòng</source>
        <translation>Satisfaction survey address</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_unit.py" line="36"/>
        <source>Đổi mã đơn vị chỉ ảnh hưởng các mã hồ sơ cấp sau này.</source>
        <translation>Changing the unit code only affects dossier codes issued from now on.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_unit.py" line="42"/>
        <source>Lưu thông tin đơn vị</source>
        <translation>Save unit details</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/settings/settings_unit.py" line="70"/>
        <source>Đã lưu thông tin đơn vị.</source>
        <translation>Unit details saved.</translation>
    </message>
</context>
<context>
    <name>VisitFollowUps</name>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="157"/>
        <source>Hạn trả lời</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="157"/>
        <source> – QUÁ HẠN</source>
        <translation> – OVERDUE</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="158"/>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="177"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="159"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="160"/>
        <source>Công dân</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="161"/>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="176"/>
        <source>Người xử lý</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="162"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="172"/>
        <source>khi chuyển cấp trên: chuyển đến đâu</source>
        <translation>when forwarded: to whom</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="178"/>
        <source>Chuyển đến</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="179"/>
        <source>Trả lời người dân</source>
        <translation>Answer to the citizen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="195"/>
        <source>Đã lưu: %1 của %2.</source>
        <translation>Saved: %1 of %2.</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="44"/>
        <source>Công dân</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="64"/>
        <source>Ở hàng này: phím 1, 2, 3 chọn, 0 bỏ chọn; từ ô khác: Alt+1, 2, 3.</source>
        <translation>On this row: keys 1, 2, 3 choose, 0 clears; from another field: Alt+1, 2, 3.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="74"/>
        <source>— Chọn loại việc —</source>
        <translation>— Choose the kind of visit —</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="79"/>
        <source>Công dân hỏi / đề nghị / báo việc gì</source>
        <translation>What the citizen asks, requests or reports</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="83"/>
        <source>Đã hướng dẫn / giải quyết thế nào</source>
        <translation>How it was guided or resolved</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="86"/>
        <source>Nội dung tiếp công dân</source>
        <translation>Visit details</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="88"/>
        <source>Loại việc</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="90"/>
        <source>Nội dung</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="92"/>
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="94"/>
        <source>Đánh giá</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="98"/>
        <source>Lưu (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="49"/>
        <source>Đã khôi phục nội dung đang nhập dở (chưa lưu).</source>
        <translation>Restored what you were entering (not saved yet).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="174"/>
        <source> (công dân đã có trong sổ)</source>
        <translation> (citizen already in the register)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="176"/>
        <source> Hạn trả lời: %1.</source>
        <translation> Answer due: %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="177"/>
        <source>Đã ghi sổ tiếp công dân: %1%2.</source>
        <translation>Visit recorded: %1%2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/visit_form.py" line="188"/>
        <source>Chưa lưu: còn %1 mục cần sửa (xem chữ đỏ).</source>
        <translation>Not saved: %1 item(s) to fix (see the red text).</translation>
    </message>
</context>
<context>
    <name>action</name>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="63"/>
        <source>Bắt đầu giải quyết</source>
        <translation>Start processing</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="64"/>
        <source>Yêu cầu bổ sung</source>
        <translation>Request supplement</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="65"/>
        <source>Đã bổ sung đủ</source>
        <translation>Supplement complete</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="66"/>
        <source>Từ chối</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="67"/>
        <source>Gia hạn (xin lỗi, hẹn lại)</source>
        <translation>Extend (apology, new date)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="68"/>
        <source>Dừng giải quyết</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="69"/>
        <source>Có kết quả</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="70"/>
        <source>Trả kết quả</source>
        <translation>Return result</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="77"/>
        <source>Đang in</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="78"/>
        <source>Đã in</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="79"/>
        <source>Lỗi in</source>
        <translation>Print failed</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="80"/>
        <source>Đã gửi, chưa xác nhận</source>
        <translation>Sent, not confirmed</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="81"/>
        <source>Bản chính</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="82"/>
        <source>Bản sao</source>
        <translation>Certified copy</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="83"/>
        <source>Bản chụp</source>
        <translation>Photocopy</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="84"/>
        <source>ngày làm việc</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="85"/>
        <source>giờ làm việc</source>
        <translation>working hours</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="86"/>
        <source>Hỏi / hướng dẫn</source>
        <translation>Inquiry / guidance</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="87"/>
        <source>Nhận kết quả</source>
        <translation>Result pickup</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="88"/>
        <source>Khiếu nại / tố cáo</source>
        <translation>Complaint / denunciation</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="89"/>
        <source>Tin báo</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="90"/>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="91"/>
        <source>Bình thường</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="92"/>
        <source>Không hài lòng</source>
        <translation>Unsatisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="93"/>
        <source>Nghỉ</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="94"/>
        <source>Làm bù</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="95"/>
        <source>Chỉ huy</source>
        <translation>Commander</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="96"/>
        <source>Cán bộ tiếp nhận</source>
        <translation>Reception officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="97"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="98"/>
        <source>Giải quyết ngay</source>
        <translation>Immediate</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="99"/>
        <source>Miễn phí</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="100"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="101"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="102"/>
        <source>Bộ phận một cửa</source>
        <translation>One-stop desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="106"/>
        <source>vi</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="20"/>
        <source>Rất hài lòng</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="21"/>
        <source>Không đánh giá</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="22"/>
        <source>Thái độ</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="23"/>
        <source>Thời gian chờ</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="24"/>
        <source>Phải đi lại nhiều lần</source>
        <translation>Had to come back several times</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="25"/>
        <source>Trễ hẹn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="26"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="27"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="28"/>
        <source>Trả kết quả</source>
        <translation>Return result</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/paper_ratings.py" line="29"/>
        <source>Tiếp công dân</source>
        <translation>Reception log</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="24"/>
        <source>Chưa trả lời</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="24"/>
        <source>Đã trả lời</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="25"/>
        <source>Đã rút (đánh giá được thay)</source>
        <translation>Withdrawn (rating replaced)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="25"/>
        <source>Mới tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="26"/>
        <source>Đang xử lý</source>
        <translation>Being handled</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="26"/>
        <source>Đã chuyển cấp trên</source>
        <translation>Forwarded to the upper level</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pages/follow_ups_page.py" line="27"/>
        <source>Kiến nghị</source>
        <translation>Proposal</translation>
    </message>
</context>
<context>
    <name>lifecycle</name>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="33"/>
        <source>Đã tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="34"/>
        <source>Đang giải quyết</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="35"/>
        <source>Chờ bổ sung</source>
        <translation>Awaiting supplement</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="36"/>
        <source>Có kết quả</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="37"/>
        <source>Đã trả kết quả</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="38"/>
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="39"/>
        <source>Dừng giải quyết</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="40"/>
        <source>Bắt đầu giải quyết</source>
        <translation>Start processing</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="41"/>
        <source>Yêu cầu bổ sung</source>
        <translation>Request supplement</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="42"/>
        <source>Đã bổ sung đủ</source>
        <translation>Supplement complete</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="43"/>
        <source>Gia hạn (xin lỗi, hẹn lại)</source>
        <translation>Extend (apology, new date)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="44"/>
        <source>Trả kết quả</source>
        <translation>Return result</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="45"/>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Dossier received</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="46"/>
        <source>Sửa hồ sơ</source>
        <translation>Dossier corrected</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="47"/>
        <source>Gỡ tệp đính kèm</source>
        <translation>Attachment removed</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="48"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="49"/>
        <source>Nhận hôm nay</source>
        <translation>Received today</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="50"/>
        <source>Đang mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="51"/>
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="52"/>
        <source>Quá hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="53"/>
        <source>Trước hạn</source>
        <translation>Early</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="54"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="55"/>
        <source>Đang quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="56"/>
        <source>Trong hạn</source>
        <translation>Within time</translation>
    </message>
</context>
</TS>
