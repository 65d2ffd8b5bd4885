"""Every benchmark, one after the other; exits non-zero when one of them breaks.

    .venv/bin/python bench/run_all.py           # the sizes the README reports (long: 1M dossiers)
    .venv/bin/python bench/run_all.py --quick   # every benchmark at a small size, in well under 3 minutes

--quick proves the benchmarks still run against the code as it is (CI runs it after the
tests): a changed signature breaks a benchmark here, not on the day someone needs figures.
Its figures are not the README's: small sizes hide what a million rows show.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent

# (script, full-size arguments, quick arguments)
BENCHMARKS = [
    ("bench_core.py", [], ["--dossiers", "5000"]),
    ("bench_window.py", [], ["--dossiers", "5000", "--runs", "2"]),
    ("bench_printing_thermal.py", [], ["--runs", "3"]),
    ("bench_printing_pdf.py", [], ["--runs", "3"]),
    ("bench_sync.py", [], ["--records", "5000", "--runs", "1", "--units", "3", "--unit-dossiers", "10"]),
    ("sql_per_registration.py", [], []),
    ("bench_stats.py", [], ["--dossiers", "6000", "--runs", "2"]),
    ("bench_audit.py", [], ["--entries", "50000", "--registrations", "100"]),
    ("bench_passphrase.py", [], ["--runs", "3"]),
    ("bench_notices.py", [], ["--messages", "200"]),
    ("bench_attachments.py", [], ["--runs", "2", "--ocr-runs", "1", "--ocr-pages", "1"]),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="every benchmark at a small size")
    args = parser.parse_args(argv)
    broken, started = [], time.perf_counter()
    for script, full, quick in BENCHMARKS:
        options = quick if args.quick else full
        print(f"\n=== {script} {' '.join(options)}", flush=True)
        began = time.perf_counter()
        code = subprocess.call([sys.executable, str(BENCH / script), *options])
        print(f"=== {script}: {'ok' if code == 0 else f'BROKEN (exit {code})'} in {time.perf_counter() - began:.1f} s",
              flush=True)
        if code != 0:
            broken.append(script)
    print(f"\n{len(BENCHMARKS) - len(broken)} of {len(BENCHMARKS)} benchmarks ran in {time.perf_counter() - started:.0f} s"
          + (f"; broken: {', '.join(broken)}" if broken else "."))
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
