"""rating add / rating list / rating paper: the citizen's satisfaction."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desk_app.cli.common import BadInput, acting_officer, emit, open_desk, parse_day, read_json_input
from desk_app.core import ratings
from desk_app.core.text import vn_percent


def register(commands) -> None:
    rating = commands.add_parser("rating", help="đánh giá mức độ hài lòng của người dân").add_subparsers(
        dest="rating_command", metavar="LỆNH", required=True)
    _add_rating_add(rating)
    _add_rating_list(rating)
    _add_rating_paper(rating)


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


def _checked(call):
    try:
        return call()
    except ratings.RatingError as exc:
        raise BadInput(str(exc)) from None
