"""ID numbers and phones in other digit forms (full-width, Arabic-Indic) pass isdigit() and
regex \\d: they are converted to ASCII digits the same way by the scanner's parser, the form
and the CLI, so one person stays one citizen. A birth date in the future or before 1900 is
refused, from a scan as from a form."""

from __future__ import annotations

import pytest

from desk_app.core import cccd
from desk_app.core.registration import ValidationError, dossier_input_from_dict
from desk_app.core.text import ascii_digits, digits

FULL_WIDTH = "００１１８５０１２３４５"
ARABIC_INDIC = "٠٠١١٨٥٠١٢٣٤٥"
EXTENDED_ARABIC = "۰۰۱۱۸۵۰۱۲۳۴۵"
PAYLOAD = "{}||Trần Thị Lan|12031985|Nữ|Thôn Đông|15082021"


@pytest.mark.parametrize("number", [FULL_WIDTH, ARABIC_INDIC, EXTENDED_ARABIC, "001185012345"])
def test_every_digit_form_becomes_the_same_ascii_number(number):
    assert ascii_digits(number) == "001185012345"
    assert cccd.parse_qr(PAYLOAD.format(number)).id_number == "001185012345"
    assert dossier_input_from_dict({"full_name": "Trần Thị Lan", "id_number": number, "sex": "Nữ",
                                    "procedure": "1.004194"}).citizen.id_number == "001185012345"
    assert cccd.check_id_number(number).province == "Hà Nội"


def test_dates_and_phones_in_full_width_digits():
    card = cccd.parse_qr("001185012345||Trần Thị Lan|１２０３１９８５|Nữ|Thôn Đông|１５０８２０２１")
    assert (card.birth_date, card.issued_on) == ("1985-03-12", "2021-08-15")
    assert digits("０９８７ ６５４ ３２１") == "0987654321"
    data = dossier_input_from_dict({"full_name": "Trần Thị Lan", "phone": "٠٩٨٧٦٥٤٣٢١", "procedure": "1.004194"})
    assert data.citizen.phone == "0987654321"


@pytest.mark.parametrize("payload, words", [
    ("001285012345||Trần Thị Lan|12032085|Nữ|Thôn Đông|15082021", "tương lai"),  # born 2085 (4th digit 2: 2000s)
    ("001885012345||Trần Văn Nam|12031885|Nam|Thôn Đông|15082021", "trước năm 1900"),  # 4th digit 8: 1800s
])
def test_a_scanned_birth_date_in_the_future_or_before_1900_is_refused(payload, words):
    with pytest.raises(cccd.CccdError, match=words):
        cccd.parse_qr(payload)


@pytest.mark.parametrize("birth, words", [("12/03/2085", "tương lai"), ("12/03/1885", "trước năm 1900")])
def test_a_typed_birth_date_in_the_future_or_before_1900_is_refused(birth, words):
    with pytest.raises(ValidationError, match=words):
        dossier_input_from_dict({"full_name": "Trần Thị Lan", "birth_date": birth, "procedure": "1.004194"})


def test_digits_that_are_not_decimal_are_not_taken_for_digits():
    """Superscripts and circled numbers pass isdigit() but are no decimal digit: refused."""
    with pytest.raises(cccd.CccdError, match="12 chữ số"):
        cccd.check_id_number("00118501234²")
    with pytest.raises(cccd.CccdError):
        cccd.parse_qr(PAYLOAD.format("00118501234①"))
