<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desk_app/ui/action_dialogs.py" line="43" />
        <source>Giấy tờ còn thiếu (Space để chọn):</source>
        <translation>Missing documents (Space to tick):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/action_dialogs.py" line="50" />
        <source>Hẹn trả mới:</source>
        <translation>New due time:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/action_dialogs.py" line="53" />
        <source>Người nhận kết quả:</source>
        <translation>Collected by:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/action_dialogs.py" line="59" />
        <source>Nội dung cần bổ sung thêm:</source>
        <translation>Anything else to supplement:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/action_dialogs.py" line="60" />
        <source>Lý do từ chối (nêu căn cứ):</source>
        <translation>Reason for refusal (cite the legal basis):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/action_dialogs.py" line="61" />
        <source>Lý do gia hạn:</source>
        <translation>Reason for the extension:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/action_dialogs.py" line="62" />
        <source>Lý do dừng giải quyết:</source>
        <translation>Reason for stopping:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/action_dialogs.py" line="63" />
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/action_dialogs.py" line="66" />
        <source>Xác nhận “%1” cho hồ sơ %2?</source>
        <translation>Confirm “%1” for dossier %2?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/action_dialogs.py" line="70" />
        <source>Ghi nhận</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/action_dialogs.py" line="71" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/action_dialogs.py" line="106" />
        <source>Chọn giấy tờ còn thiếu hoặc ghi nội dung cần bổ sung.</source>
        <translation>Tick the missing documents or write what must be supplemented.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/action_dialogs.py" line="109" />
        <source>Cần ghi rõ lý do.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/action_dialogs.py" line="112" />
        <source>Ghi tên người nhận kết quả.</source>
        <translation>Write the name of the person collecting the result.</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../desk_app/ui/detail.py" line="34" />
        <source>Chọn một hồ sơ trong danh sách (Enter để mở).</source>
        <translation>Choose a dossier in the list (Enter opens it).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail.py" line="48" />
        <source>Người nộp hồ sơ</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail.py" line="50" />
        <source>Thành phần hồ sơ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail.py" line="52" />
        <source>Quá trình giải quyết</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail.py" line="74" />
        <source>Trạng thái: &lt;b&gt;%1&lt;/b&gt; · Tiếp nhận: %2 · Hẹn trả: &lt;b&gt;%3&lt;/b&gt; · %4 · Lệ phí: %5</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt; · Received: %2 · Due: &lt;b&gt;%3&lt;/b&gt; · %4 · Fee: %5</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail.py" line="79" />
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail.py" line="79" />
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail.py" line="80" />
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail.py" line="80" />
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail.py" line="81" />
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail.py" line="87" />
        <source>THIẾU</source>
        <translation>MISSING</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail.py" line="97" />
        <source>Tiếp nhận hồ sơ</source>
        <translation>Dossier received</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail.py" line="102" />
        <source>Lý do: </source>
        <translation>Reason: </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail.py" line="105" />
        <source>Hẹn mới: </source>
        <translation>New due: </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail.py" line="107" />
        <source>Người nhận: </source>
        <translation>Collected by: </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail.py" line="109" />
        <source>Thiếu: </source>
        <translation>Missing: </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/detail.py" line="124" />
        <source>Hồ sơ đã kết thúc: không còn thao tác nào.</source>
        <translation>This dossier is closed: no further actions.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="134" />
        <source>Cài đặt lần đầu – Bộ phận một cửa</source>
        <translation>First-time setup – One-stop desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="140" />
        <source>Tiếp &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="141" />
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="142" />
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="143" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desk_app/ui/login.py" line="87" />
        <source>Màn hình đã khóa</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login.py" line="90" />
        <source>Nhập mã PIN để tiếp tục ca trực, hoặc chọn cán bộ nhận ca.</source>
        <translation>Enter your PIN to continue the shift, or choose the officer taking over.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login.py" line="92" />
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk_app/ui/login.py" line="55" />
        <source>Đăng nhập ca trực</source>
        <translation>Start of shift</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login.py" line="58" />
        <source>Bộ phận một cửa – ai đang trực?</source>
        <translation>One-stop desk – who is on duty?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login.py" line="62" />
        <source>Vào ca trực</source>
        <translation>Start shift</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login.py" line="63" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="55" />
        <location filename="../../desk_app/ui/main_window.py" line="264" />
        <source>Bộ phận một cửa – %1</source>
        <translation>One-stop desk – %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="67" />
        <source>Tiếp nhận hồ sơ  F2</source>
        <translation>Receive dossier  F2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="68" />
        <source>Tiếp công dân  F4</source>
        <translation>Reception log  F4</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="69" />
        <source>Hồ sơ  F3</source>
        <translation>Dossiers  F3</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="71" />
        <source>Cài đặt  F9</source>
        <translation>Settings  F9</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="74" />
        <source>nhận hôm nay</source>
        <translation>received today</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="75" />
        <source>đã trả hôm nay</source>
        <translation>returned today</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="76" />
        <source>đến hạn hôm nay</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="77" />
        <source>QUÁ HẠN</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="144" />
        <location filename="../../desk_app/ui/main_window.py" line="152" />
        <location filename="../../desk_app/ui/main_window.py" line="174" />
        <source>đang tải…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="187" />
        <source>Chỉ chỉ huy được mở Cài đặt.</source>
        <translation>Only the commander can open Settings.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="250" />
        <source>Đã lưu %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="254" />
        <source>Đã cập nhật hồ sơ %1</source>
        <translation>Dossier %1 updated</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="266" />
        <source>Ngôn ngữ mới có hiệu lực từ lần mở phần mềm sau.</source>
        <translation>The new language applies from the next start.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="285" />
        <source>chỉ huy</source>
        <translation>commander</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="285" />
        <source>cán bộ tiếp nhận</source>
        <translation>reception officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="286" />
        <source>Cán bộ trực: %1 (%2)  ·  Ctrl+L khóa màn hình</source>
        <translation>On duty: %1 (%2)  ·  Ctrl+L locks the screen</translation>
    </message>
</context>
<context>
    <name>OfficerPin</name>
    <message>
        <location filename="../../desk_app/ui/login.py" line="28" />
        <source>4–8 chữ số</source>
        <translation>4–8 digits</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login.py" line="32" />
        <source>Cán bộ trực:</source>
        <translation>Officer on duty:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login.py" line="33" />
        <source>Mã PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login.py" line="45" />
        <source>Sai mã PIN. Thử lại.</source>
        <translation>Wrong PIN. Try again.</translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="63" />
        <source>Cán bộ</source>
        <translation>Officers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="64" />
        <source>Chỉ huy quản lý cài đặt; cán bộ trực tiếp nhận hồ sơ. Mỗi người một mã PIN 4–8 chữ số.</source>
        <translation>The commander manages settings; duty officers receive dossiers. Each has a PIN of 4–8 digits.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="70" />
        <source>Thêm cán bộ</source>
        <translation>Add officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="78" />
        <source>Chỉ huy (họ tên) *</source>
        <translation>Commander (full name) *</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="79" />
        <source>PIN của chỉ huy *</source>
        <translation>Commander's PIN *</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="80" />
        <source>Nhập lại PIN *</source>
        <translation>Repeat the PIN *</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="83" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="86" />
        <source>Cán bộ trực</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="96" />
        <source>Chưa nhập họ tên cán bộ.</source>
        <translation>The officer's name is missing.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="99" />
        <source>Đã có cán bộ tên này.</source>
        <translation>There is already an officer with this name.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="114" />
        <source>Chưa nhập họ tên chỉ huy.</source>
        <translation>The commander's name is missing.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="117" />
        <source>Hai lần nhập PIN của chỉ huy không khớp.</source>
        <translation>The two PINs of the commander differ.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="14" />
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="15" />
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="16" />
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="17" />
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="18" />
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="19" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="20" />
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="21" />
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="25" />
        <source>QUÁ HẠN</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="25" />
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="35" />
        <source>Tìm: mã hồ sơ, số định danh, số điện thoại hoặc họ tên (có dấu hay không dấu)</source>
        <translation>Search: dossier code, ID number, phone or name (with or without accents)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="46" />
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="50" />
        <source>Mọi thủ tục</source>
        <translation>Any procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="54" />
        <source>Nhận từ ngày</source>
        <translation>Received from</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="86" />
        <source>Xem:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="93" />
        <source>đến ngày</source>
        <translation>to</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/queue_view.py" line="152" />
        <source>Tìm thấy %n hồ sơ</source>
        <translation><numerusform>Found %n dossier</numerusform><numerusform>Found %n dossiers</numerusform></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="152" />
        <source>Không tìm thấy hồ sơ nào.</source>
        <translation>No dossier found.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/queue_view.py" line="154" />
        <source>Đang hiển thị %n hồ sơ mới nhất; cuộn xuống để xem thêm</source>
        <translation><numerusform>Showing the newest %n dossier; scroll down for more</numerusform><numerusform>Showing the newest %n dossiers; scroll down for more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/queue_view.py" line="156" />
        <source>%n hồ sơ</source>
        <translation><numerusform>%n dossier</numerusform><numerusform>%n dossiers</numerusform></translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="32" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="33" />
        <source>Thông tin in trên phiếu hẹn và gửi lên cấp trên. Có thể sửa sau trong Cài đặt.</source>
        <translation>Printed on the appointment slip and sent to the upper level. You can change it later in Settings.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="35" />
        <source>VD: Công an xã Tân Tiến</source>
        <translation>e.g. Công an xã Tân Tiến</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="36" />
        <source>VD: CAXTT (dùng trong mã hồ sơ)</source>
        <translation>e.g. CAXTT (used in dossier codes)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="37" />
        <source>VD: Công an tỉnh Bắc Ninh</source>
        <translation>e.g. Công an tỉnh Bắc Ninh</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="40" />
        <source>Tên đơn vị *</source>
        <translation>Unit name *</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="40" />
        <source>Mã đơn vị *</source>
        <translation>Unit code *</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="40" />
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="41" />
        <source>Đường dây nóng</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="41" />
        <source>Cấp trên nhận báo cáo</source>
        <translation>Upper level (receives reports)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="42" />
        <source>Mã cấp trên</source>
        <translation>Upper level code</translation>
    </message>
</context>
<context>
    <name>lifecycle</name>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="25" />
        <source>Đã tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="26" />
        <source>Đang giải quyết</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="27" />
        <source>Chờ bổ sung</source>
        <translation>Awaiting supplement</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="28" />
        <source>Có kết quả</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="29" />
        <source>Đã trả kết quả</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="30" />
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="31" />
        <source>Dừng giải quyết</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="32" />
        <source>Bắt đầu giải quyết</source>
        <translation>Start processing</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="33" />
        <source>Yêu cầu bổ sung</source>
        <translation>Request supplement</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="34" />
        <source>Đã bổ sung đủ</source>
        <translation>Supplement complete</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="35" />
        <source>Gia hạn (xin lỗi, hẹn lại)</source>
        <translation>Extend (apology, new date)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="36" />
        <source>Trả kết quả</source>
        <translation>Return result</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="37" />
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="38" />
        <source>Nhận hôm nay</source>
        <translation>Received today</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="39" />
        <source>Đang mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="40" />
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="41" />
        <source>Quá hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="42" />
        <source>Trước hạn</source>
        <translation>Early</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="43" />
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="44" />
        <source>Đang quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/i18n.py" line="45" />
        <source>Trong hạn</source>
        <translation>Within time</translation>
    </message>
</context>
</TS>