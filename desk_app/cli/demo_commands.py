"""`desk-app demo`: Vietnamese sample data."""

from __future__ import annotations

from desk_app.cli.common import BadInput, acting_officer, emit, open_desk
from desk_app.core import lifecycle


def register(commands) -> None:
    _add_demo(commands)


def _add_demo(commands) -> None:
    p = commands.add_parser("demo", help="tạo dữ liệu mẫu tiếng Việt")
    p.add_argument("--dossiers", type=int, default=120, help="số hồ sơ mẫu (mặc định 120)")
    p.add_argument("--days", type=int, help="trải trên bao nhiêu ngày gần nhất (mặc định: 30; từ 5.000 hồ sơ: 365)")
    p.add_argument("--seed", type=int, default=1, help="hạt giống ngẫu nhiên: cùng số, cùng dữ liệu")
    p.set_defaults(handler=cmd_demo)


def cmd_demo(args) -> int:
    from desk_app.demo.fresh_file import BULK_FROM, DemoError, DeskInUse, write_demo

    bulk = args.dossiers >= BULK_FROM
    args.days = args.days if args.days is not None else (365 if bulk else 30)
    if args.dossiers < 0 or args.days < 1:
        raise BadInput("--dossiers phải ≥ 0 và --days phải ≥ 1.")
    with open_desk(args) as desk:
        officer = acting_officer(desk, args)  # demo data is written like any dossier: by a proven officer
        folder = desk.data_dir
    try:  # into a copy of the desk that replaces it (demo/fresh_file.py); bulk: a progress bar on stderr
        summary = write_demo(folder, officer, args.dossiers, args.days, seed=args.seed,
                             progress=progress_bar() if bulk else lambda done, total: None)
    except (DeskInUse, DemoError) as exc:
        raise BadInput(str(exc)) from None
    emit(args, summary, f"Đã tạo {summary['dossiers']} hồ sơ mẫu trong {args.days} ngày "
                        f"({', '.join(f'{lifecycle.STATUS_LABELS[k]}: {v}' for k, v in summary['by_status'].items())}).")
    return 0


def progress_bar():
    """A progress bar on stderr: redrawn in place on a terminal, a line per tenth otherwise."""
    import sys
    import time

    started, shown = time.monotonic(), [-1]

    def show(done: int, total: int) -> None:
        tenth = done * 10 // max(total, 1)
        if not sys.stderr.isatty() and tenth == shown[0]:
            return
        shown[0] = tenth
        filled = done * 30 // max(total, 1)
        rate = done / max(time.monotonic() - started, 1e-6)
        line = f"[{'#' * filled}{'.' * (30 - filled)}] {done:,}/{total:,} hồ sơ ({rate:,.0f}/giây)".replace(",", ".")
        print(("\r" + line) if sys.stderr.isatty() else line, end="" if sys.stderr.isatty() else "\n",
              file=sys.stderr, flush=True)
        if done >= total and sys.stderr.isatty():
            print(file=sys.stderr)

    return show
