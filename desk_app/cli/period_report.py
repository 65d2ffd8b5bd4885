"""The period's report (Biểu 06) on the command line, for the unit's `stats` and the
district's: the period's options, the report as text, the Excel and PDF files asked for."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date

from desk_app.cli.common import BadInput, parse_day
from desk_app.core.stats import CHANNEL_LABELS, COLUMNS, SATISFACTION_LABELS, Report, StatsError
from desk_app.core.text import vn_percent


def add_period_options(p, groupings: tuple[str, ...]) -> None:
    p.add_argument("--from", dest="first", required=True, help="ngày đầu kỳ YYYY-MM-DD")
    p.add_argument("--to", dest="last", required=True, help="ngày cuối kỳ YYYY-MM-DD")
    p.add_argument("--by", choices=groupings,
                   help="chia dòng (màn hình, JSON) theo " + " / ".join(groupings))
    p.add_argument("--xlsx", help="ghi Biểu 06 ra tệp Excel (.xlsx): theo lĩnh vực, thủ tục, dòng tổng số")
    p.add_argument("--pdf", help="ghi Biểu 06 ra tệp PDF (A4 ngang): theo lĩnh vực, thủ tục, dòng tổng số")


def period(args) -> tuple[date, date]:
    return parse_day(args.first), parse_day(args.last)


def counted(source, args, by: str | None) -> tuple[Report, Report]:
    """The report as `by` groups it (the screen, JSON) and Biểu 06's rows for the files (by
    field, the procedures under each, the total: the form's rows whatever --by says)."""
    first, last = period(args)
    try:
        return source.report_and_form(first, last, by)
    except StatsError as exc:
        raise BadInput(str(exc)) from None


@contextmanager
def output_path_checked():
    """A folder that does not exist (or a folder given for a file) is bad input, said plainly."""
    from desk_app.printing.pdf_common import OutputPathError

    try:
        yield
    except OutputPathError as exc:
        raise BadInput(str(exc)) from None


def write_forms(args, form: Report, unit: dict, today: date) -> list[str]:
    """The XLSX and PDF asked for, of `form` (counted()'s second); the lines that say where they went."""
    with output_path_checked():
        return _write_forms(args, form, unit, today)


def _write_forms(args, report: Report, unit: dict, today: date) -> list[str]:
    lines = []
    if args.xlsx:
        from desk_app.printing.bieu06_xlsx import write_bieu06_xlsx

        lines.append(f"Đã ghi Biểu 06 (Excel): {write_bieu06_xlsx(report, unit, args.xlsx, today)}")
    if args.pdf:
        from desk_app.printing.bieu06_pdf import write_bieu06_pdf

        lines.append(f"Đã ghi Biểu 06 (PDF): {write_bieu06_pdf(report, unit, args.pdf, today)}")
    return lines


def as_text(report: Report, title: str) -> str:
    """The human answer: the totals, one line each, then the rows if any."""
    t = report.total
    rate = t.timely_rate
    lines = [title, f"Từ ngày {report.first_day:%d/%m/%Y} đến ngày {report.last_day:%d/%m/%Y}", ""]
    lines += [f"  {label:<22} {getattr(t, key):>8}" for key, label in _LABELS]
    lines.append(f"  {'Tỷ lệ trước/đúng hạn':<22} {'—' if rate is None else vn_percent(rate * 100):>8}")
    lines.append(satisfaction_line(report.satisfaction))
    lines.append(channels_line(report.channels))
    if report.digitised:
        lines.append(digitised_line(report.digitised))
    if report.rows:
        lines += ["", "  " + "  ".join(("Nhận", "Giải quyết", "Trước", "Đúng", "Quá", "Đang", "Quá hạn")) + "  Tên"]
        for r in report.rows:
            c = r.counts
            values = (c.received_total, c.resolved_total, c.resolved_early, c.resolved_on_time, c.resolved_late,
                      c.in_progress_total, c.in_progress_overdue)
            lines.append("  " + " ".join(f"{v:>5}" for v in values) + f"  {r.label}")
    return "\n".join(lines)


def digitised_line(figures: dict) -> str:
    """The scorecard's digitising: documents with an electronic copy, whole dossiers, results."""
    return (f"  Số hóa: {figures['digitised_documents']}/{figures['documents_received']} giấy tờ "
            f"({vn_percent(figures['digitised_share'] * 100)}); {figures['digitised_dossiers']}/"
            f"{figures['dossiers_received']} hồ sơ đủ; {figures['digitised_results']}/{figures['results_ready']} kết quả")


def channels_line(counts: dict[str, int]) -> str:
    """The new dossiers by channel and the results sent by post, one line."""
    if not counts:
        return "  Hình thức nộp, trả: —"
    return "  Hình thức nộp, trả: " + "; ".join(f"{CHANNEL_LABELS[k]} {v}" for k, v in counts.items())


def satisfaction_line(counts: dict[str, int]) -> str:
    """Each level's count and its share of the rated answers ("not rated" is not in the base)."""
    from desk_app.core.ratings import Shares

    shares = Shares(counts)
    if not shares.rated:
        return "  Mức độ hài lòng: chưa có đánh giá."
    parts = [f"{SATISFACTION_LABELS[k]} {v} ({vn_percent(shares.percent(k))})" for k, v in counts.items()]
    return f"  Mức độ hài lòng ({shares.rated} lượt đánh giá): " + ", ".join(parts)


_LABELS = [("received_total", "Tổng số nhận"), ("carried_over", "  Từ kỳ trước"), ("received_online", "  Mới, trực tuyến"),
           ("received_direct", "  Mới, trực tiếp/bưu chính"), ("resolved_total", "Đã giải quyết"),
           ("resolved_early", "  Trước hạn"), ("resolved_on_time", "  Đúng hạn"), ("resolved_late", "  Quá hạn"),
           ("in_progress_total", "Đang giải quyết"), ("in_progress_in_time", "  Trong hạn"),
           ("in_progress_overdue", "  Quá hạn"), ("needs_supplement", "  Chờ bổ sung"), ("refused", "Từ chối"),
           ("stopped", "Dừng giải quyết"), ("returned", "Đã trả kết quả")]
assert {k for k, _ in _LABELS} <= {k for k, _ in COLUMNS}
