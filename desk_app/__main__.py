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


def utf8_streams() -> None:
    """Read and write the standard streams in UTF-8 whatever the system's code page: on Windows a
    piped or redirected stream uses the ANSI code page, which cannot encode Vietnamese letters
    (the bundle also runs in Python's UTF-8 mode). Input may start with the byte-order mark that
    Windows tools (Notepad, PowerShell) put before UTF-8 text."""
    for stream, encoding in ((sys.stdin, "utf-8-sig"), (sys.stdout, "utf-8"), (sys.stderr, "utf-8")):
        reconfigure = getattr(stream, "reconfigure", None)  # None when absent (pythonw) or replaced (tests)
        if reconfigure is not None and (stream.encoding or "").lower().replace("_", "-") != encoding:
            reconfigure(encoding=encoding)


def main(argv: list[str] | None = None) -> int:
    utf8_streams()
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
