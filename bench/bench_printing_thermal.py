"""Thermal slip benchmark: layout + raster + ESC/POS encoding of a receipt, and its size,
against python-escpos's plain `Printer.image()` of the same picture (Dummy), same run.

    .venv/bin/python bench/bench_printing_thermal.py [--runs 50]

Budgets: median ≤ 30 ms for layout + raster + encoding; an 80 mm receipt ≤ 30 KB.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime

from escpos.printer import Dummy

from desk_app.app import Desk
from desk_app.core import unit as unit_module
from desk_app.core.registration import dossier_input_from_dict
from desk_app.printing import escpos_encode, raster
from desk_app.printing.service import layout_for

BUDGET_MS, BUDGET_BYTES = 30.0, 30 * 1024


def demo_desk(folder: str) -> tuple[Desk, str]:
    desk = Desk.open(folder, clock=lambda: datetime(2026, 11, 23, 9, 0))
    unit_module.first_run(desk.store, {
        "code": "CAXTT", "name": "Công an xã Tân Tiến", "address": "Thôn Đông, xã Tân Tiến, tỉnh Bắc Ninh",
        "hotline": "0912 345 678", "upper_name": "Công an tỉnh Bắc Ninh",
        "survey_url": "https://dichvucong.bacninh.gov.vn/khao-sat?dv=CAXTT"}, "Nguyễn Văn Hùng", "1234")
    officer = desk.officers().resolve(None)["id"]
    data = {"full_name": "Nguyễn Thị Hường", "id_number": "001185012345", "procedure": "1.004222"}
    return desk, desk.dossiers().register(dossier_input_from_dict(data), officer).code


def timed(action, runs: int) -> tuple[list[float], object]:
    times, value = [], None
    for _ in range(runs):
        start = time.perf_counter()
        value = action()
        times.append((time.perf_counter() - start) * 1000)
    return times, value


def plain_image(picture) -> bytes:
    printer = Dummy(profile="TM-T20II" if picture.width == 576 else "POS-5890")
    printer.image(picture)
    printer.cut()
    return printer.output


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    runs = parser.parse_args().runs
    rows, ok = [], True
    with tempfile.TemporaryDirectory() as folder:
        desk, code = demo_desk(folder)
        dossier = desk.dossiers().get(code)
        for width in (576, 384):
            def ours():
                from desk_app.printing import slips

                return escpos_encode.encode_raster(raster.render(slips.receipt(desk.unit(), dossier), width))

            picture = raster.render(layout_for(desk, "receipt", code), width)
            ours_ms, data = timed(ours, runs)
            base_ms, base = timed(lambda: plain_image(picture), runs)
            # the baseline starts from the finished picture; ours includes making it
            for name, ms, size in ((f"ours {width} (layout+raster+encode)", ours_ms, len(data)),
                                   (f"escpos image() {width} (encode only)", base_ms, len(base))):
                rows.append((name, statistics.median(ms), sorted(ms)[int(0.95 * (len(ms) - 1))], size))
            rows.append((f"  ratio ours/plain {width}", None, None, len(data) / len(base)))
            if width == 576:
                ok &= statistics.median(ours_ms) <= BUDGET_MS and len(data) <= BUDGET_BYTES
        desk.close()
    print(f"{'case':<42} {'median ms':>10} {'p95 ms':>8} {'bytes':>10}")
    for name, median, p95, size in rows:
        if median is None:
            print(f"{name:<42} {'':>10} {'':>8} {size:>10.2f}")
        else:
            print(f"{name:<42} {median:>10.1f} {p95:>8.1f} {size:>10,}")
    print(f"budgets (80 mm): median ≤ {BUDGET_MS:g} ms, ≤ {BUDGET_BYTES:,} bytes: {'OK' if ok else 'OVER'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
