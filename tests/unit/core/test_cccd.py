import unicodedata

import pytest
from hypothesis import given, strategies as st

from desk_app.core.cccd import CccdError, check_id_number, looks_like_card_qr, parse_qr

PAYLOAD = "001185012345|123456789|Trần Thị Lan|12031985|Nữ|Thôn Đông, xã Tân Tiến, Bắc Ninh|15082021"


def test_parses_the_seven_fields():
    card = parse_qr(PAYLOAD)
    assert card.id_number == "001185012345"
    assert card.old_id_number == "123456789"
    assert card.full_name == "Trần Thị Lan"
    assert card.birth_date == "1985-03-12"
    assert card.sex == "Nữ"
    assert card.address == "Thôn Đông, xã Tân Tiến, Bắc Ninh"
    assert card.issued_on == "2021-08-15"
    assert card.extra == ()


def test_empty_old_id_is_kept_not_dropped():
    card = parse_qr("001185012345||Trần Thị Lan|12031985|Nữ|Thôn Đông|15082021")
    assert card.old_id_number == ""
    assert card.full_name == "Trần Thị Lan"
    assert card.birth_date == "1985-03-12"


@pytest.mark.parametrize("tail", ["\r\n", "\n", "\t", "   ", "\r"])
def test_trailing_enter_or_tab_is_tolerated(tail):
    assert parse_qr(PAYLOAD + tail).issued_on == "2021-08-15"


def test_nfd_input_comes_out_nfc():
    card = parse_qr(unicodedata.normalize("NFD", PAYLOAD))
    assert card.full_name == "Trần Thị Lan"
    assert unicodedata.is_normalized("NFC", card.address)


def test_latin1_mangled_input_is_repaired():
    mangled = PAYLOAD.encode("utf-8").decode("latin-1")
    card = parse_qr(mangled)
    assert card.full_name == "Trần Thị Lan"
    assert card.sex == "Nữ"


def test_eighth_field_is_kept_as_extra():
    card = parse_qr(PAYLOAD + "|ABC123")
    assert card.issued_on == "2021-08-15"
    assert card.extra == ("ABC123",)


def test_sex_mismatch_with_id_number_is_refused():
    # 4th digit 1 = female born in the 1900s; the card says Nam.
    with pytest.raises(CccdError, match="giới tính Nữ"):
        parse_qr(PAYLOAD.replace("|Nữ|", "|Nam|"))


def test_birth_year_mismatch_is_refused():
    with pytest.raises(CccdError, match="năm sinh 1986"):
        parse_qr(PAYLOAD.replace("12031985", "12031986"))


@pytest.mark.parametrize("payload, fragment", [
    ("", "Chưa nhận được"),
    ("001185012345|123", "ít nhất 7"),
    ("00118501234|123456789|Trần Thị Lan|12031985|Nữ|Thôn Đông|15082021", "12 chữ số"),
    ("999185012345|123456789|Trần Thị Lan|12031985|Nữ|Thôn Đông|15082021", "mã tỉnh"),
    ("001185012345|12345|Trần Thị Lan|12031985|Nữ|Thôn Đông|15082021", "CMND cũ"),
    ("001185012345|123456789|Trần Thị Lan|32131985|Nữ|Thôn Đông|15082021", "Ngày sinh"),
    ("001185012345|123456789|Trần Thị Lan|12031985|Khác|Thôn Đông|15082021", "giới tính"),
    ("001185012345|123456789|Trần Thị Lan|12031985|Nữ|Thôn Đông|15081980", "sớm hơn ngày sinh"),
])
def test_bad_payloads_get_a_clear_message(payload, fragment):
    with pytest.raises(CccdError, match=fragment):
        parse_qr(payload)


def test_id_number_checks():
    info = check_id_number("079203001234")
    assert info.province == "TP. Hồ Chí Minh"
    assert info.sex == "Nam"
    assert info.birth_year_matches(2003)
    assert not info.birth_year_matches(1903)
    with pytest.raises(CccdError):
        check_id_number("07920300123x")


def test_looks_like_card_qr():
    assert looks_like_card_qr(PAYLOAD)
    assert not looks_like_card_qr("Nguyễn Văn A")
    assert not looks_like_card_qr("001185012345")


@given(st.text())
def test_parser_never_crashes(text):
    try:
        card = parse_qr(text)
    except CccdError as exc:
        assert str(exc)  # always a message
    else:
        assert len(card.id_number) == 12 and card.sex in ("Nam", "Nữ")


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="|"), max_size=15), min_size=7, max_size=9))
def test_parser_never_crashes_on_pipe_separated_fields(fields):
    try:
        parse_qr("|".join(fields))
    except CccdError:
        pass
