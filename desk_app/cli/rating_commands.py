"""rating add / rating list / rating paper: the citizen's satisfaction."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desk_app.cli.common import BadInput, acting_officer, emit, open_desk, parse_day, read_json_input
from desk_app.core import rating_follow_ups, ratings
from desk_app.core.text import vn_date, vn_percent


def register(commands) -> None:
    rating = commands.add_parser("rating", help="đánh giá mức độ hài lòng của người dân").add_subparsers(
        dest="rating_command", metavar="LỆNH", required=True)
    _add_rating_add(rating)
    _add_rating_list(rating)
    _add_rating_paper(rating)
    _add_rating_follow_ups(rating)
    _add_rating_answer(rating)


def _add_rating_add(rating) -> None:
    p = rating.add_parser("add", help="ghi một đánh giá cho hồ sơ")
    p.add_argument("code", help="mã hồ sơ")
    p.add_argument("level", help="very_satisfied | satisfied | unsatisfied")
    p.add_argument("--reason", default="", help="lý do khi không hài lòng: " + ", ".join(ratings.REASONS))
    p.add_argument("--step", choices=list(ratings.STEPS), default="reception", help="bước được đánh giá (mặc định: reception)")
    p.set_defaults(handler=cmd_rating_add)


def cmd_rating_add(args) -> int:
    with open_desk(args) as desk:
        officer = acting_officer(desk, args)
        row = _checked(lambda: desk.ratings.add(args.level, officer, code=args.code, step=args.step,
                                                reason=args.reason))
    reason = f" – {ratings.REASONS[row['reason']]}" if row["reason"] else ""
    before = f" Đánh giá trước (“{ratings.LEVEL_LABELS[row['replaced']]}”) được thay." if row["replaced"] else ""
    emit(args, row, f"Đã ghi đánh giá “{ratings.LEVELS[row['level']]}{reason}” cho hồ sơ {args.code.upper()} "
                    f"({ratings.STEPS[row['step']].lower()}).{before}")
    return 0


def _add_rating_list(rating) -> None:
    p = rating.add_parser("list", help="các đánh giá của một ngày và tỷ lệ")
    p.add_argument("--date", help="ngày YYYY-MM-DD (mặc định: hôm nay)")
    p.set_defaults(handler=cmd_rating_list)


def cmd_rating_list(args) -> int:
    day = parse_day(args.date) if args.date else date.today()
    start = datetime.combine(day, datetime.min.time())
    with open_desk(args) as desk:
        rows = desk.ratings.between(start, start + timedelta(days=1))
        shares = desk.ratings.shares(start, start + timedelta(days=1))
    data = {"day": day.isoformat(), "ratings": rows, "counts": shares.counts,
            "percent": {level: shares.percent(level) for level in ratings.LEVELS}}
    lines = [f"{r['at'][11:16]}  {r['dossier_code'] or '(tiếp công dân)':22} {ratings.STEPS[r['step']]:14} "
             f"{ratings.LEVEL_LABELS[r['level']]}" + (f" – {ratings.REASONS.get(r['reason'], r['reason'])}"
                                                      if r["reason"] else "") for r in rows]
    lines.append("Tỷ lệ: " + "; ".join(f"{label} {vn_percent(shares.percent(level))}"
                                        for level, label in ratings.LEVELS.items()))
    emit(args, data, "\n".join(lines))
    return 0


def _add_rating_paper(rating) -> None:
    p = rating.add_parser("paper", help="nhập nhiều phiếu khảo sát giấy (JSON: danh sách {code, level, reason, "
                                      "step, day})")
    p.add_argument("--file", help="tệp JSON các phiếu khảo sát giấy (mặc định: đọc từ stdin)")
    p.set_defaults(handler=cmd_rating_paper)


def cmd_rating_paper(args) -> int:
    forms = read_json_input(args.file)
    if not isinstance(forms, list):
        raise BadInput("Dữ liệu vào phải là một danh sách phiếu.")
    with open_desk(args) as desk:
        officer = acting_officer(desk, args)
        saved = _checked(lambda: desk.ratings.add_paper_forms(forms, officer))
    emit(args, saved, f"Đã nhập {len(saved)} phiếu khảo sát giấy.")
    return 0


def _add_rating_follow_ups(rating) -> None:
    p = rating.add_parser("follow-ups", help="các đánh giá “Không hài lòng” chỉ huy phải trả lời")
    p.add_argument("--open", action="store_true", help="chỉ những việc chưa trả lời")
    p.set_defaults(handler=cmd_rating_follow_ups)


def cmd_rating_follow_ups(args) -> int:
    with open_desk(args) as desk:
        rows = desk.rating_follow_ups.listed(open_only=args.open)
    emit_follow_ups(args, rows, follow_up_line, "Không có đánh giá “Không hài lòng” nào phải trả lời.",
                    f"chưa trả lời {sum(r['status'] == 'open' for r in rows)}, ")
    return 0


def emit_follow_ups(args, rows: list[dict], line, empty: str, waiting: str = "") -> None:
    """A list of follow-ups (rating follow-ups, visit list): a line each, then the count and
    the overdue; the rows themselves with --json."""
    lines = [line(r) for r in rows] or [empty]
    if rows:
        lines.append(f"Cộng {len(rows)}; {waiting}quá hạn {sum(r['overdue'] for r in rows)}.")
    emit(args, rows, "\n".join(lines))


def follow_up_line(r: dict) -> str:
    """One follow-up as the list prints it: short id, due day, state, who and why."""
    state = "QUÁ HẠN" if r["overdue"] else rating_follow_ups.STATUS_LABELS[r["status"]]
    subject = r["dossier_code"] or "(tiếp công dân)"
    line = (f"{r['id'][:rating_follow_ups.SHORT_ID]}  hạn {vn_date(r['due_at'][:10])}  "
            f"{state:14} {subject:22} {r['full_name'] or ''} {r['phone'] or ''} – "
            f"{r['reason_label'] or 'không ghi lý do'}")
    return line + (f"\n          Trả lời: {r['answer']}" if r["answer"] else "")


def _add_rating_answer(rating) -> None:
    p = rating.add_parser("answer", help="chỉ huy trả lời một đánh giá “Không hài lòng” (cần mã PIN chỉ huy)")
    p.add_argument("id", metavar="ID", help="mã việc cần trả lời (vài ký tự đầu như “rating follow-ups” in ra)")
    p.add_argument("--text", required=True, help="nội dung trả lời người dân")
    p.add_argument("--contact", default="", help="đã liên hệ với người dân thế nào (gọi điện, gặp trực tiếp…)")
    p.set_defaults(handler=cmd_rating_answer)


def cmd_rating_answer(args) -> int:
    with open_desk(args) as desk:
        follow_up_id = desk.rating_follow_ups.find(args.id)
        officer = acting_officer(desk, args)
        row = desk.rating_follow_ups.answer(follow_up_id, args.text, officer, contact=args.contact)
    emit(args, row, f"Đã trả lời đánh giá “Không hài lòng” {row['id'][:rating_follow_ups.SHORT_ID]} "
                    f"({row['dossier_code'] or 'tiếp công dân'}, {row['full_name'] or ''}).")
    return 0


def _checked(call):
    try:
        return call()
    except ratings.RatingError as exc:
        raise BadInput(str(exc)) from None
