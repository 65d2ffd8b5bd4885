"""Regenerate every picture in docs/printing/ with one command: thermal slips and PDFs.

    .venv/bin/python docs/printing/render.py      (the PDF half needs pdftoppm, poppler-utils)
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    status = 0
    for script in ("render_thermal.py", "render_pdf.py"):
        try:
            runpy.run_path(str(HERE / script), run_name="__main__")
        except SystemExit as exit_:
            status = status or (exit_.code or 0)
    return status


if __name__ == "__main__":
    sys.exit(main())
