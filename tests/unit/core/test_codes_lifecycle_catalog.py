import json
from datetime import datetime

import pytest

from desk_app.core import lifecycle
from desk_app.core.catalog import CatalogError, parse_catalog
from desk_app.core.codes import DEFAULT_PATTERN, CodePatternError, check_pattern, render, scope
from desk_app.paths import asset

WHEN = datetime(2026, 11, 23, 9, 0)


def test_default_code_pattern():
    assert render(DEFAULT_PATTERN, "CAXTT", "1.004194", WHEN, 7) == "CAXTT-261123-0007"
    assert scope(DEFAULT_PATTERN, "CAXTT", "1.004194", WHEN) == "CAXTT-261123-#"


def test_scope_without_date_counts_for_ever():
    pattern = "{unit_code}/{seq:06}"
    assert scope(pattern, "CAXTT", "x", WHEN) == scope(pattern, "CAXTT", "x", datetime(2027, 1, 1))


@pytest.mark.parametrize("pattern", ["{unit_code}-{yymmdd}", "{seq}-{seq}", "{unit}-{seq}"])
def test_bad_patterns(pattern):
    with pytest.raises(CodePatternError):
        check_pattern(pattern)


def test_lifecycle_allows_only_listed_actions():
    assert {a.name for a in lifecycle.allowed_actions(lifecycle.RECEIVED)} == {
        "start", "supplement", "refuse", "extend", "stop", "result_ready"}
    assert lifecycle.allowed_actions(lifecycle.RETURNED) == []
    with pytest.raises(lifecycle.TransitionError, match="Đã trả kết quả"):
        lifecycle.check_action(lifecycle.RETURNED, "start")
    assert lifecycle.action_for(lifecycle.NEEDS_SUPPLEMENT, lifecycle.IN_PROGRESS).name == "resume"
    with pytest.raises(lifecycle.TransitionError, match="không có"):
        lifecycle.action_for(lifecycle.RECEIVED, "flying")


@pytest.mark.parametrize("ready, expected", [
    (datetime(2026, 11, 25, 16, 0), lifecycle.EARLY),
    (datetime(2026, 11, 26, 23, 0), lifecycle.ON_TIME),
    (datetime(2026, 11, 27, 8, 0), lifecycle.LATE),
])
def test_timeliness_by_day_against_the_original_due(ready, expected):
    original = datetime(2026, 11, 26, 9, 0)
    extended = datetime(2026, 12, 3, 9, 0)
    assert lifecycle.timeliness(lifecycle.RESULT_READY, original, ready, extended, ready) == expected


def test_open_dossier_overdue_against_current_due():
    due = datetime(2026, 11, 26, 9, 0)
    assert lifecycle.timeliness(lifecycle.IN_PROGRESS, due, None, due, datetime(2026, 11, 26, 9, 1)) == lifecycle.OVERDUE
    assert lifecycle.timeliness(lifecycle.IN_PROGRESS, due, None, due, datetime(2026, 11, 26, 8, 59)) == lifecycle.PENDING
    assert lifecycle.timeliness(lifecycle.REFUSED, due, None, due, datetime(2027, 1, 1)) is None


def test_builtin_catalog_is_valid_and_complete():
    procedures, fields = parse_catalog(asset("catalog", "procedures.json").read_text("utf-8"))
    codes = {p.code for p in procedures}
    assert {"1.004222", "1.003197", "1.010038", "1.010039", "1.004194", "1.002755", "1.010028",
            "1.010040", "2.001159", "1.003677", "1.010041"} <= codes
    by_code = {p.code: p for p in procedures}
    assert by_code["1.004222"].fee_in_person == 20000 and by_code["1.004222"].fee_online == 10000
    assert by_code["1.010041"].limit_value == 0.5
    assert by_code["1.010041"].limit_text() == "½ ngày làm việc"
    assert by_code["2.001159"].limit_text() == "Giải quyết ngay"
    assert "26360" in by_code["1.004222"].portal_url
    assert all(p.documents for p in procedures)
    assert {"Cư trú", "Căn cước", "Đăng ký xe"} <= {f["name"] for f in fields}


@pytest.mark.parametrize("mutate, fragment", [
    (lambda d: d.pop("format"), "không phải danh mục"),
    (lambda d: d["procedures"].append(dict(d["procedures"][0])), "trùng"),
    (lambda d: d["procedures"][0].update(limit_unit="weeks"), "đơn vị thời hạn"),
    (lambda d: d["procedures"][0]["documents"][0].update(kind="scan"), "hình thức"),
    (lambda d: d["procedures"][0].update(fee_in_person=-1), "âm"),
])
def test_bad_catalogs_are_refused(mutate, fragment):
    data = json.loads(asset("catalog", "procedures.json").read_text("utf-8"))
    mutate(data)
    with pytest.raises(CatalogError, match=fragment):
        parse_catalog(json.dumps(data))


def test_catalog_that_is_not_json():
    with pytest.raises(CatalogError, match="JSON"):
        parse_catalog("{not json")


def test_a_procedure_qr_leads_to_its_own_page_else_its_national_page_else_the_ministry_portal():
    from desk_app.core.catalog import MINISTRY_PORTAL, Procedure

    own = Procedure("1.004194", "Cư trú", "Đăng ký tạm trú", 3, portal_url="https://example.gov.vn/tam-tru")
    national = Procedure("1.004194", "Cư trú", "Đăng ký tạm trú", 3)
    local = Procedure("CC.01", "Căn cước", "Cấp thẻ căn cước", 7)
    assert own.link() == "https://example.gov.vn/tam-tru"
    assert national.link().endswith("ma_thu_tuc=1.004194") and national.link().startswith("https://dichvucong.gov.vn/")
    assert local.link() == MINISTRY_PORTAL  # not a national code: no page to guess
