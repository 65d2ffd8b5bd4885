"""Correcting a saved dossier: a reason, who may and when, the history before → after, a
changed procedure recomputing the due time and fee, and reprints that never pass for the original."""

import json

from tests.e2e.test_cli_core import setup
from tests.e2e.test_applicant_snapshot import FIRST, _register

CODE = "CAXTT-261123-0001"


def test_amend_needs_a_reason_and_the_receiving_officer(cli_here):
    setup(cli_here)
    assert cli_here("officer", "add", "Trần Văn Bình", "--pin", "8147").returncode == 0
    assert cli_here("officer", "add", "Lê Thị Mai", "--pin", "3691").returncode == 0
    today = dict(FIRST, id_number="001090000124", full_name="Phạm Văn Tú")
    del today["received_at"]  # received now: the receiving officer may amend today
    binh, mai = {"DESK_APP_PIN": "8147"}, {"DESK_APP_PIN": "3691"}  # each officer proves it with their own PIN
    made = cli_here("--json", "--officer", "Trần Văn Bình", "register", input=json.dumps(today, ensure_ascii=False), env=binh)
    assert made.returncode == 0, made.stderr
    code = json.loads(made.stdout)["code"]

    no_reason = cli_here("amend", code, "--reason", " ", "--full-name", "Phạm Văn Tuấn")
    assert no_reason.returncode == 2 and "lý do" in no_reason.stderr
    other = cli_here("--officer", "Lê Thị Mai", "amend", code, "--reason", "Gõ sai tên", "--full-name", "Phạm Văn Tuấn", env=mai)
    assert other.returncode == 2 and "Chỉ cán bộ đã tiếp nhận" in other.stderr
    own = cli_here("--officer", "Trần Văn Bình", "amend", code, "--reason", "Gõ sai tên", "--full-name", "Phạm Văn Tuấn",
                   env=binh)
    assert own.returncode == 0, own.stderr
    assert "họ tên: Phạm Văn Tú → Phạm Văn Tuấn" in own.stdout
    shown = cli_here("show", code).stdout
    assert "Sửa hồ sơ" in shown and "Phạm Văn Tú → Phạm Văn Tuấn" in shown and "Gõ sai tên" in shown
    assert "Phạm Văn Tuấn" in cli_here("find", "Phạm Văn Tuấn").stdout


def test_a_changed_procedure_recomputes_due_and_fee_unless_due_is_given(cli_here):
    setup(cli_here)
    assert _register(cli_here, FIRST).returncode == 0
    before = json.loads(cli_here("--json", "show", CODE).stdout)
    changed = cli_here("--json", "amend", CODE, "--reason", "Chọn nhầm thủ tục", "--procedure", "1.010041")
    assert changed.returncode == 0, changed.stderr
    after = json.loads(cli_here("--json", "show", CODE).stdout)
    assert after["procedure_code"] == "1.010041"
    assert after["due_at"] != before["due_at"] or after["fee"] != before["fee"]
    assert set(json.loads(changed.stdout)["changes"]) >= {"procedure"}
    fixed = cli_here("--json", "amend", CODE, "--reason", "Hẹn theo yêu cầu", "--due", "2026-12-01 10:00")
    assert fixed.returncode == 0, fixed.stderr
    assert json.loads(cli_here("--json", "show", CODE).stdout)["due_at"] == "2026-12-01 10:00:00"
    nothing = cli_here("amend", CODE, "--reason", "x", "--due", "2026-12-01 10:00")
    assert nothing.returncode == 2 and "Không có gì thay đổi" in nothing.stderr


def test_amend_sets_the_ticked_documents_by_name(cli_here):
    setup(cli_here)
    assert _register(cli_here, FIRST).returncode == 0
    proof = "Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp"
    unknown = cli_here("amend", CODE, "--reason", "Chưa nộp", "--document", "Sổ hộ khẩu")
    assert unknown.returncode == 2 and "Không có giấy tờ “Sổ hộ khẩu”" in unknown.stderr and proof in unknown.stderr
    # Typed without accents, as a terminal may: the checklist's own name is kept.
    fixed = cli_here("amend", CODE, "--reason", "Công dân chưa nộp giấy chứng minh chỗ ở",
                     "--document", "To khai thay doi thong tin cu tru (mau CT01)")
    assert fixed.returncode == 0, fixed.stderr
    assert f"giấy tờ: bỏ {proof}" in fixed.stdout
    shown = cli_here("show", CODE).stdout
    assert f"{proof} (" in shown and "CHƯA NỘP" in shown and f"bỏ {proof}" in shown
    none = cli_here("--json", "amend", CODE, "--reason", "Chưa nhận gì", "--no-documents")
    assert none.returncode == 0, none.stderr
    assert json.loads(none.stdout)["changes"]["documents"][1] == []
    assert cli_here("audit", "verify").returncode == 0
    listed = cli_here("--json", "audit", "list", "--code", CODE).stdout
    assert any(r["table_name"] == "dossier_documents" and r["action"] == "update" for r in json.loads(listed))
