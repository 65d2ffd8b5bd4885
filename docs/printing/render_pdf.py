"""Regenerate the PNG pictures of the A4 documents in docs/printing/ (needs `pdftoppm`,
Debian package poppler-utils):

    .venv/bin/python docs/printing/render_pdf.py

Builds a throw-away desk with sample dossiers, writes each PDF, and renders its first page.
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
from desk_app.printing.board import write_board_pdf
from desk_app.printing.pdf_forms import write_form_pdf
from desk_app.printing.pdf_register import write_register_pdf
from desk_app.printing.pdf_sheet import write_sheet_pdf

OUT = Path(__file__).resolve().parent
NAMES = ["Nguyễn Thị Ánh Tuyết", "Trần Văn Đức", "Lê Thị Hồng Nhung", "Phạm Quốc Việt", "Hoàng Thị Ngọc Ánh"]
PROCEDURES = ["1.004194", "1.004222", "1.010038", "1.003677", "1.010041"]


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
    return desk, clock, codes


def render(pdf: Path, name: str, dpi: int = 70) -> Path:
    target = OUT / name
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(target.with_suffix(""))], check=True)
    return target


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("Cần pdftoppm (gói poppler-utils).", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        desk, _, codes = sample_desk(folder / "data")
        made = []
        for kind, code in (("receipt", codes[0]), ("supplement", codes[1]), ("refusal", codes[2]),
                           ("extension", codes[3])):
            made.append(render(write_form_pdf(desk, code, kind, folder / f"{kind}.pdf"), f"a4-{kind}.png"))
        made.append(render(write_sheet_pdf(desk, "1.004222", folder / "sheet.pdf"), "a4-sheet.png"))
        made.append(render(write_board_pdf(desk, folder / "b4.pdf"), "board-a4.png"))
        made.append(render(write_board_pdf(desk, folder / "b3.pdf", field="Cư trú", size="A3"), "board-a3.png", 50))
        made.append(render(write_register_pdf(desk, date(2026, 11, 23), date(2026, 11, 30), folder / "r.pdf"),
                           "register-page1.png"))
        desk.close()
    for path in made:
        print(path.relative_to(OUT.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
