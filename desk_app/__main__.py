"""`python -m desk_app` and the window entry point."""

from __future__ import annotations

import gc
import sys


def open_window(data_dir: str | None = None, **run_options) -> int:
    # Start-up creates some hundred thousand objects (modules, classes, Qt's enums); the
    # cyclic collector would run dozens of times over them (~25 ms). It is switched back on
    # once the desk is shown (ui.main), or here when the program ends before that.
    gc.disable()
    try:
        from desk_app.ui.main import run  # the only place Qt enters

        return run(data_dir, **run_options)
    finally:
        gc.enable()


def main() -> int:
    from desk_app.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
