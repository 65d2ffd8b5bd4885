"""Ratings: the three levels, a reason only for "Không hài lòng", paper forms in bulk, the
visit form's old levels moved to the new scale by the migration, and one rating per visit or
dossier and step (a second answer replaces the first)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desk_app.app import Desk
from desk_app.core import ratings
from desk_app.core.registration import ValidationError, dossier_input_from_dict
from desk_app.db.migrations import MIGRATIONS


def _register(desk, officer, name="Lê Thị Hoa"):
    return desk.dossiers.register(dossier_input_from_dict({"full_name": name, "procedure": "1.004194"}), officer).code



def _shares_today(desk):
    start = datetime.combine(desk.now().date(), datetime.min.time())
    return desk.ratings.shares(start, start + timedelta(days=1))

def test_levels_reasons_and_steps_are_checked(desk, commander):
    code = _register(desk, commander["id"])
    row = desk.ratings.add("Rất hài lòng", commander["id"], code=code)
    assert (row["level"], row["step"], row["reason"], row["officer_id"]) == (
        "very_satisfied", "reception", "", commander["id"])
    row = desk.ratings.add("unsatisfied", commander["id"], code=code, step="return", reason="trễ hẹn")
    assert (row["level"], row["reason"], row["step"]) == ("unsatisfied", "late", "return")
    with pytest.raises(ratings.RatingError, match="cần một lý do"):
        desk.ratings.add("unsatisfied", commander["id"], code=code)
    with pytest.raises(ratings.RatingError, match="Chỉ đánh giá"):
        desk.ratings.add("satisfied", commander["id"], code=code, reason="khác")
    with pytest.raises(ratings.RatingError, match="không hợp lệ"):
        desk.ratings.add("great", commander["id"], code=code)
    with pytest.raises(ratings.RatingError, match="Không có hồ sơ"):
        desk.ratings.add("satisfied", commander["id"], code="CAXTT-000000-9999")
    dossier = desk.dossiers.get(code)
    assert [r["level"] for r in desk.ratings.of_dossier(dossier["id"])] == ["very_satisfied", "unsatisfied"]


def test_shares_leave_not_rated_out_of_the_base(desk, commander):
    ids = [desk.dossiers.get(_register(desk, commander["id"], name))["id"]
           for name in ("Lê Thị Hoa", "Phạm Văn Đức", "Trần Thị Lan", "Vũ Văn Nam", "Đỗ Thị Mai")]
    for dossier_id, level in zip(ids, ("very_satisfied", "very_satisfied", "satisfied")):
        desk.ratings.add(level, commander["id"], dossier_id=dossier_id)
    desk.ratings.add("unsatisfied", commander["id"], dossier_id=ids[3], reason="attitude")
    desk.ratings.not_rated(commander["id"], dossier_id=ids[4])
    shares = _shares_today(desk)
    assert shares.rated == 4 and shares.counts["not_rated"] == 1
    assert (shares.percent("very_satisfied"), shares.percent("satisfied"), shares.percent("unsatisfied")) == (
        50.0, 25.0, 25.0)


def test_paper_forms_all_or_nothing_and_rate_the_receiving_officer(desk, commander):
    clerk = desk.officers.add("Trần Thị Lan", "officer", "3917", commander["id"])
    first, second = _register(desk, clerk["id"]), _register(desk, clerk["id"], "Phạm Văn Đức")
    bad = [{"code": first, "level": "satisfied"}, {"code": second, "level": "unsatisfied"}]
    with pytest.raises(ratings.RatingError, match="Phiếu số 2: .*cần một lý do"):
        desk.ratings.add_paper_forms(bad, commander["id"])
    assert desk.ratings.of_dossier(desk.dossiers.get(first)["id"]) == []
    saved = desk.ratings.add_paper_forms([
        {"code": first, "level": "satisfied", "day": "2026-11-20"},
        {"code": second.lower(), "level": "unsatisfied", "reason": "Thời gian chờ", "step": "return"}],
        commander["id"])
    assert [(r["officer_id"], r["source"], r["reason"]) for r in saved] == [
        (clerk["id"], "paper", ""), (clerk["id"], "paper", "waiting")]
    assert saved[0]["at"] == "2026-11-20 12:00:00"


def test_visit_form_rating_uses_the_new_levels(desk, commander):
    visit = desk.visits.record({"full_name": "Lê Thị Hoa", "kind": "inquiry", "summary": "Hỏi thủ tục",
                                "satisfaction": "very_satisfied", "queue_number": "A012"}, commander["id"])
    assert visit["queue_number"] == "A012"
    assert [(r["level"], r["step"], r["source"]) for r in desk.ratings.of_visit(visit["id"])] == [
        ("very_satisfied", "visit", "visit_form")]
    with pytest.raises(ValidationError):
        desk.visits.record({"full_name": "Lê Thị Hoa", "kind": "inquiry", "summary": "x",
                            "satisfaction": "neutral"}, commander["id"])


def test_migration_maps_the_old_visit_levels(isolated_data_dir, clock):
    """A database from before ratings: 'Bình thường' becomes 'Hài lòng', each rated visit a rating."""
    desk = Desk.open(isolated_data_dir, clock=clock)
    desk.first_run({"code": "CAXTT", "name": "Công an xã Tân Tiến"}, commander_name="Nguyễn Văn Hùng",
                   commander_pin="4826")
    officer = desk.officers.resolve(None)["id"]
    ids = [desk.visits.record({"full_name": "Lê Thị Hoa", "kind": "inquiry", "summary": "Hỏi"}, officer)["id"]
           for _ in range(4)]
    db = desk.store.db
    for visit_id, old in zip(ids, ("satisfied", "neutral", "unsatisfied", "")):
        db.execute("UPDATE visits SET satisfaction = ? WHERE id = ?", (old, visit_id))
    db.execute("DROP TABLE ratings")
    db.execute("DELETE FROM _sqlite_migrations WHERE name IN ('0040_ratings', '0041_queue_numbers')")
    db.execute("ALTER TABLE dossiers DROP COLUMN queue_number")
    db.execute("ALTER TABLE visits DROP COLUMN queue_number")
    before = desk.store.scalar("SELECT MAX(seq) FROM changes")
    MIGRATIONS.apply(db)
    levels = {r["id"]: r["satisfaction"] for r in desk.store.all("SELECT id, satisfaction FROM visits")}
    assert [levels[i] for i in ids] == ["satisfied", "satisfied", "unsatisfied", ""]
    rated = {r["visit_id"]: r for r in desk.store.all("SELECT * FROM ratings")}
    assert set(rated) == set(ids[:3]) and rated[ids[1]]["level"] == "satisfied"
    assert all(r["change_seq"] > before for r in rated.values())  # the next sync file carries them
    desk.close()


def test_timestamps_follow_the_desk_clock(desk, commander, clock):
    clock.now = datetime(2026, 11, 23, 15, 30)
    code = _register(desk, commander["id"])
    assert desk.ratings.add("satisfied", commander["id"], code=code)["at"] == "2026-11-23 15:30:00"


def test_a_visit_rated_on_the_form_and_on_the_screen_counts_once(desk, commander, clock):
    """The officer notes "Rất hài lòng" on the visit form; the citizen then answers "Không hài
    lòng" on the citizen screen: one rating, the citizen's, in the statistics."""
    visit = desk.visits.record({"full_name": "Lê Thị Hoa", "kind": "inquiry", "summary": "Hỏi thủ tục",
                                "satisfaction": "very_satisfied"}, commander["id"])
    clock.now = clock.now.replace(minute=clock.now.minute + 1)
    row = desk.ratings.add("unsatisfied", commander["id"], visit_id=visit["id"], step="visit", reason="waiting",
                           source="screen")
    assert row["replaced"] == "very_satisfied"
    kept = desk.ratings.of_visit(visit["id"])
    assert [(r["level"], r["reason"], r["source"], r["id"]) for r in kept] == [
        ("unsatisfied", "waiting", "screen", row["id"])]
    day = desk.now().date()
    assert desk.stats.report(day, day).satisfaction == {"very_satisfied": 0, "satisfied": 0, "unsatisfied": 1}
    # The replaced answer stays in the audit log: the rating was written, then changed.
    writes = [e["action"] for e in reversed(desk.audit.entries()) if e["table_name"] == "ratings"]
    assert writes == ["insert", "update"]
    # A question left unanswered afterwards ("not rated") does not undo an answer.
    row = desk.ratings.not_rated(commander["id"], visit_id=visit["id"], step="visit")
    assert row["replaced"] is None and row["level"] == "unsatisfied"
    assert [r["level"] for r in desk.ratings.of_visit(visit["id"])] == ["unsatisfied"]


def test_one_rating_per_dossier_and_step_a_not_rated_is_answered_later(desk, commander):
    code = _register(desk, commander["id"])
    dossier_id = desk.dossiers.get(code)["id"]
    desk.ratings.not_rated(commander["id"], dossier_id=dossier_id)
    desk.ratings.add("satisfied", commander["id"], code=code)  # the paper form, entered later
    desk.ratings.add("very_satisfied", commander["id"], code=code, step="return")  # another step: its own
    assert sorted((r["step"], r["level"]) for r in desk.ratings.of_dossier(dossier_id)) == [
        ("reception", "satisfied"), ("return", "very_satisfied")]
    shares = _shares_today(desk)
    assert shares.rated == 2 and shares.counts.get("not_rated", 0) == 0
