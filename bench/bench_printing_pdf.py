"""A4 receipt PDF (CT04, two copies, embedded fonts, QR) against a bare one-page reportlab
canvas with one line of text, measured in the same run. Budget: receipt median ≤ 150 ms.

    .venv/bin/python bench/bench_printing_pdf.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from desk_app.app import Desk
from desk_app.core.registration import dossier_input_from_dict

BUDGET_MS = 150.0


def _timed(action, runs: int) -> list[float]:
    action()  # warm-up: font registration, imports
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _row(name: str, times: list[float], baseline: float) -> str:
    median = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[-1]
    return f"{name:<34} {median:>9.1f} {p95:>9.1f} {median / baseline:>8.1f}x"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=40)
    runs = parser.parse_args().runs
    folder = Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    desk = Desk.open(folder / "data", clock=lambda: datetime(2026, 11, 23, 9, 0))
    desk.first_run({"code": "CAXTT", "name": "Công an xã Tân Tiến", "hotline": "0912345678",
                                       "upper_name": "Công an tỉnh Bắc Ninh"}, "Nguyễn Văn Hùng", "4826")
    officer = desk.officers.resolve(None)["id"]
    code = desk.dossiers.register(dossier_input_from_dict(
        {"full_name": "Nguyễn Thị Ánh Tuyết", "id_number": "001190012345", "phone": "0987654321",
         "address": "Số 12, thôn Đông, xã Tân Tiến", "procedure": "1.004222"}), officer).code

    def bare() -> None:
        canvas = Canvas(str(folder / "bare.pdf"))
        canvas.drawString(72, 720, "Phieu tiep nhan ho so")
        canvas.save()

    baseline = _timed(bare, runs)
    receipt = _timed(lambda: desk.printing.write_form_pdf(code, "receipt", folder / "receipt.pdf"), runs)
    base_median = statistics.median(baseline)
    print(f"{'case (' + str(runs) + ' runs)':<34} {'median ms':>9} {'p95 ms':>9} {'ratio':>9}")
    print(_row("baseline: bare reportlab canvas", baseline, base_median))
    print(_row("A4 receipt CT04 (2 copies)", receipt, base_median))
    median = statistics.median(receipt)
    print(f"budget: median ≤ {BUDGET_MS:.0f} ms -> {'OK' if median <= BUDGET_MS else 'OVER BUDGET'}")
    desk.close()


if __name__ == "__main__":
    main()
