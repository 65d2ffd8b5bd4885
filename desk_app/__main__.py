"""`python -m desk_app` and the window entry point."""

from __future__ import annotations

import sys


def open_window(data_dir: str | None = None) -> int:
    from desk_app.ui.main import run  # the only place Qt enters

    return run(data_dir)


def main() -> int:
    from desk_app.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
