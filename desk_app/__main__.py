"""`desk-app` and `python -m desk_app`: the window when no command is named, else the command.
It stands above both the window (ui/) and the commands (cli/), which never import each other."""

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


def open_district_window(args) -> int:
    """The district's window on `--db` (the district's folder), through ui.main like the desk's."""
    from desk_app.ui.main import run_district

    return run_district(args.db, args.data_dir)


def main(argv: list[str] | None = None) -> int:
    from desk_app import cli  # argparse only: the commands' libraries load when one runs
    from desk_app import owner_only

    owner_only.private_umask()  # slips, forms, exports, logs: citizens' data, whoever writes the file
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:2] == ["district", "window"] and not {"-h", "--help"} & set(argv):
        return open_district_window(cli.build_parser().parse_args(argv))
    options = cli.window_options(argv)
    if options is not None:
        return open_window(options.data_dir)
    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main())
