import json
import os
import stat

from tests.scan_pictures import scan_page
from tests.unit.printing.pdf_readback import page_sizes, text

SETUP = ("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander", "Nguyễn Văn Hùng")


def _dossier(cli_here) -> str:
    assert cli_here(*SETUP).returncode == 0
    done = cli_here("--json", "register", input=json.dumps(
        {"full_name": "Trần Thị Mai", "phone": "0912000111", "procedure": "1.004194"}))
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["code"]


def test_pictures_become_one_pdf_named_by_hash_owner_only_and_listed(cli_here, tmp_path, isolated_data_dir):
    code = _dossier(cli_here)
    pages = [scan_page(tmp_path / f"p{n}.jpg", [f"Trang số {n}"], size=(1240, 1754)) for n in (1, 2, 3)]
    done = cli_here("--json", "attach", code, *map(str, pages), "--document", "1")
    assert done.returncode == 0, done.stderr
    row = json.loads(done.stdout)
    assert row["pages"] == 3 and row["target"] == "document" and row["position"] == 1
    stored = isolated_data_dir / "attachments" / f"{row['file_sha256']}.pdf"
    assert stored.exists() and stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert stat.S_IMODE(stored.parent.stat().st_mode) == 0o700
    import hashlib
    assert row["original_sha256"].split(",") == [hashlib.sha256(p.read_bytes()).hexdigest() for p in pages]
    # Not re-encoded: each page's JPEG is in the PDF byte for byte.
    data = stored.read_bytes()
    assert all(p.read_bytes() in data for p in pages)
    assert len(page_sizes(stored)) == 3

    listed = cli_here("--json", "attachments", code)
    assert [(a["target"], a["position"], a["pages"]) for a in json.loads(listed.stdout)] == [("document", 1, 3)]
    shown = json.loads(cli_here("--json", "show", code).stdout)
    assert shown["attachments"][0]["file_sha256"] == row["file_sha256"]
    assert "đã số hóa" in cli_here("show", code).stdout

    from datetime import date
    today = date.today().isoformat()
    stats = cli_here("--json", "stats", "--from", today, "--to", today)
    assert stats.returncode == 0, stats.stderr
    figures = json.loads(stats.stdout)
    assert figures["digitised_documents"] == 1 and figures["digitised_dossiers"] == 0
    assert figures["digitised_results"] == 0 and 0 < figures["digitised_share"] < 1
    assert "Số hóa: 1/" in cli_here("stats", "--from", today, "--to", today).stdout


def test_a_pdf_is_kept_as_it_came_and_the_result_too(cli_here, tmp_path, isolated_data_dir):
    code = _dossier(cli_here)
    assert cli_here("print", "form", code, "--pdf", str(tmp_path / "kq.pdf")).returncode == 0
    done = cli_here("--json", "attach", code, str(tmp_path / "kq.pdf"), "--result")
    assert done.returncode == 0, done.stderr
    row = json.loads(done.stdout)
    assert (isolated_data_dir / "attachments" / f"{row['file_sha256']}.pdf").read_bytes() == \
        (tmp_path / "kq.pdf").read_bytes()
    assert row["original_sha256"] == row["file_sha256"] and row["target"] == "result"


def test_refusals_are_said_in_vietnamese(cli_here, tmp_path):
    code = _dossier(cli_here)
    page = scan_page(tmp_path / "p.png", ["x"], size=(400, 400), kind="PNG")
    wrong = cli_here("attach", code, str(page), "--document", "9")
    assert wrong.returncode == 2 and "không có giấy tờ số 9" in wrong.stderr
    neither = cli_here("attach", code, str(page))
    assert neither.returncode == 2
    (tmp_path / "note.txt").write_text("không phải ảnh", encoding="utf-8")
    junk = cli_here("attach", code, str(tmp_path / "note.txt"), "--document", "1")
    assert junk.returncode == 2 and "note.txt" in junk.stderr
    missing = cli_here("attach", code, str(tmp_path / "SCAN0009.jpg"), "--document", "1")
    assert missing.returncode == 2 and "Không có tệp" in missing.stderr and "No such file" not in missing.stderr
    folder = cli_here("attach", code, str(tmp_path), "--document", "1")
    assert folder.returncode == 2 and "là một thư mục" in folder.stderr
    assert cli_here("--json", "attachments", code).stdout.strip() == "[]"
    done = cli_here("attach", code, str(page), "--document", "1")
    assert done.returncode == 0 and "Giấy tờ 1. Tờ khai" in done.stdout  # the document's own name


def test_export_joins_the_receipt_and_every_attachment(cli_here, tmp_path):
    code = _dossier(cli_here)
    first = scan_page(tmp_path / "a.jpg", ["Tờ khai CT01"], size=(1240, 1754))
    second = scan_page(tmp_path / "b.png", ["Giấy tờ chỗ ở"], size=(1240, 1754), kind="PNG")
    assert cli_here("attach", code, str(first), "--document", "1").returncode == 0
    assert cli_here("attach", code, str(second), "--document", "2").returncode == 0
    out = tmp_path / "file.pdf"
    done = cli_here("--json", "attachment", "export", code, "--pdf", str(out))
    assert done.returncode == 0, done.stderr
    written = json.loads(done.stdout)
    assert written["attachments"] == 2 and written["pages"] == len(page_sizes(out)) == 3
    assert "Trần Thị Mai" in text(out)
    assert os.stat(out).st_size > 0


def test_an_attachment_made_by_mistake_is_removed_with_a_reason(cli_here, tmp_path, isolated_data_dir):
    code = _dossier(cli_here)
    page = scan_page(tmp_path / "nham.jpg", ["Giấy của người khác"], size=(620, 877))
    row = json.loads(cli_here("--json", "attach", code, str(page), "--document", "1").stdout)
    listed = cli_here("attachments", code).stdout
    short = row["id"][:8]
    assert listed.startswith(f"[{short}] Giấy tờ 1.")
    no_reason = cli_here("attachment", "remove", code, short, "--reason", "x")
    assert no_reason.returncode == 2 and "lý do" in no_reason.stderr
    done = cli_here("attachment", "remove", code, short, "--reason", "Quét nhầm giấy tờ của hồ sơ khác")
    assert done.returncode == 0, done.stderr
    assert "Đã gỡ tệp đính kèm giấy tờ 1 (nham.jpg)" in done.stdout
    assert not (isolated_data_dir / "attachments" / f"{row['file_sha256']}.pdf").exists()
    assert "Gỡ tệp đính kèm" in cli_here("show", code).stdout
    verified = cli_here("audit", "verify")
    assert verified.returncode == 0 and verified.stdout.startswith("Nhật ký toàn vẹn")
