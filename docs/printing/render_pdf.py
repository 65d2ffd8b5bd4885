"""Regenerate the PNG pictures of the A4 documents in docs/printing/ (needs `pdftoppm`,
Debian package poppler-utils):

    .venv/bin/python docs/printing/render_pdf.py [a4-stop.png a4-control.png …]

Builds a throw-away desk with sample dossiers, writes each PDF, and renders its first page
(only the pictures named, when some are).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from desk_app.app import Desk
from desk_app.core.registration import dossier_input_from_dict
from desk_app.printing.bieu06_pdf import write_bieu06_pdf

OUT = Path(__file__).resolve().parent
NAMES = ["Nguyễn Thị Ánh Tuyết", "Trần Văn Đức", "Lê Thị Hồng Nhung", "Phạm Quốc Việt", "Hoàng Thị Ngọc Ánh"]
PROCEDURES = ["1.004194", "1.004222", "1.010038", "1.003677", "1.010041"]
OTHER_FIELDS = ["CC.01", "1.012575", "VK.01", "CC.02"]  # Biểu 06 with several fields


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 23, 9, 0)

    def __call__(self):
        return self.now


def sample_desk(folder: Path) -> tuple[Desk, Clock, list[str]]:
    clock = Clock()
    desk = Desk.open(folder, clock=clock)
    desk.first_run({
        "code": "CAXTT", "name": "Công an xã Tân Tiến", "address": "Thôn Đông, xã Tân Tiến",
        "hotline": "0912345678", "upper_name": "Công an tỉnh Bắc Ninh", "upper_code": "CABN",
        "survey_url": "https://dichvucong.bocongan.gov.vn/danh-gia?dv=CAXTT"}, "Nguyễn Văn Hùng", "4826")
    officer = desk.officers.resolve(None)["id"]
    codes = []
    for n in range(24):
        clock.now = datetime(2026, 11, 23, 8, 0) + timedelta(hours=3 * n)
        codes.append(desk.dossiers.register(dossier_input_from_dict({
            "full_name": NAMES[n % 5], "phone": f"09876543{n:02d}", "procedure": PROCEDURES[n % 5],
            "address": f"Số {n + 3}, thôn Đông, xã Tân Tiến", "id_number": "001190012345" if n == 0 else None,
        }), officer).code)
    clock.now = datetime(2026, 11, 24, 10, 0)
    dossiers = desk.dossiers
    dossiers.apply(codes[1], "supplement", officer, "Giấy tờ chứng minh chỗ ở chưa hợp lệ",
                   details={"missing": ["Hợp đồng thuê nhà có công chứng", "Văn bản đồng ý của chủ hộ"]})
    dossiers.apply(codes[2], "refuse", officer,
                   "Người đề nghị không thuộc trường hợp được tách hộ (khoản 1 Điều 25 Luật Cư trú số 68/2020/QH14)")
    dossiers.apply(codes[3], "extend", officer, "Cần xác minh thêm thông tin cư trú tại nơi ở cũ",
                   new_due=datetime(2026, 12, 2, 16, 30))
    for code in codes[5:12]:
        dossiers.apply(code, "start", officer)
    dossiers.apply(codes[4], "stop", officer, "Công dân có đơn đề nghị rút hồ sơ ngày 24/11/2026")
    _handed_over(desk, clock, codes[5], officer)
    for n, procedure in enumerate(OTHER_FIELDS * 2):
        clock.now = datetime(2026, 11, 25, 8, 0) + timedelta(hours=2 * n)
        code = dossiers.register(dossier_input_from_dict({"full_name": NAMES[n % 5], "procedure": procedure}), officer).code
        if n % 3 == 0:
            clock.now += timedelta(days=1)
            dossiers.apply(code, "result_ready", officer)
    return desk, clock, codes


def _handed_over(desk: Desk, clock, code: str, receiver: str) -> None:
    """The control sheet's sample: taken to handle by another officer, a supplement, the
    result, handed back (codes[5] is started by the receiver at 24/11 10:00)."""
    mai = desk.officers.add("Vũ Thị Mai", "officer", "3917", receiver)["id"]
    steps = (((2026, 11, 25, 9, 0), "supplement", mai, "Thiếu hợp đồng thuê nhà có công chứng"),
             ((2026, 11, 26, 14, 0), "resume", receiver, ""), ((2026, 11, 30, 10, 0), "result_ready", mai, ""),
             ((2026, 11, 30, 15, 0), "return", receiver, ""))
    for when, action, officer, reason in steps:
        clock.now = datetime(*when)
        desk.dossiers.apply(code, action, officer, reason)


def render(pdf: Path, name: str, dpi: int = 70) -> Path:
    target = OUT / name
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(target.with_suffix(""))], check=True)
    return target


def main(wanted: list[str]) -> int:
    if shutil.which("pdftoppm") is None:
        print("Cần pdftoppm (gói poppler-utils).", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        desk, clock, codes = sample_desk(folder / "data")
        printing = desk.printing
        pictures = {f"a4-{kind}.png": (lambda k=kind, c=code: printing.write_form_pdf(c, k, folder / f"{k}.pdf"))
                    for kind, code in (("receipt", codes[0]), ("supplement", codes[1]), ("refusal", codes[2]),
                                       ("extension", codes[3]), ("stop", codes[4]), ("control", codes[5]))}
        pictures |= {
            "a4-sheet.png": lambda: printing.write_sheet_pdf("1.004222", folder / "sheet.pdf"),
            "board-a4.png": lambda: printing.write_board_pdf(folder / "b4.pdf"),
            "board-a3.png": lambda: printing.write_board_pdf(folder / "b3.pdf", field="Cư trú", size="A3"),
            "register-page1.png": lambda: printing.write_register_pdf(date(2026, 11, 23), date(2026, 11, 30),
                                                                      folder / "r.pdf"),
            "bieu06-a4-landscape.png": lambda: write_bieu06_pdf(
                desk.stats.report_and_form(date(2026, 11, 23), date(2026, 11, 30), None)[1], desk.unit,
                folder / "b06.pdf", date(2026, 12, 1)),
        }
        clock.now = datetime(2026, 12, 1, 9, 0)
        made = [render(write(), name, 50 if name == "board-a3.png" else 70)
                for name, write in pictures.items() if not wanted or name in wanted]
        desk.close()
    for path in made:
        print(path.relative_to(OUT.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
