import unicodedata

from hypothesis import given, strategies as st

from desk_app.core.text import clean, digits, fold, repair_mojibake, vn_datetime, vn_money

NAME = "Nguyễn Văn Đức"


def test_fold_removes_marks_and_d_bar():
    assert fold(NAME) == "nguyen van duc"
    assert fold("ĐẶNG THỊ HƯƠNG") == "dang thi huong"
    assert fold("Lê \u0300") == "le"  # a stray mark after a space leaves no space behind
    assert fold("İ") == "i"  # lowering adds a dot above, removed like any mark


def test_fold_is_the_same_for_nfd_and_nfc_input():
    assert fold(unicodedata.normalize("NFD", NAME)) == fold(NAME)


def test_clean_normalises_to_nfc_and_spaces():
    decomposed = unicodedata.normalize("NFD", "  Trần   Thị\tLan \r\n")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    assert clean(decomposed) == "Trần Thị Lan"
    assert unicodedata.is_normalized("NFC", clean(decomposed))


def test_mojibake_from_latin1_is_repaired():
    mangled = NAME.encode("utf-8").decode("latin-1")
    assert mangled != NAME
    assert repair_mojibake(mangled) == NAME
    assert clean(mangled) == NAME


def test_mojibake_from_cp1252_is_repaired():
    mangled = "Lê Văn Bình".encode("utf-8").decode("cp1252")
    assert mangled != "Lê Văn Bình"
    assert clean(mangled) == "Lê Văn Bình"


def test_clean_keeps_proper_vietnamese_untouched():
    for text in ("Phạm Ánh Dương", "Ông Ấy", "Lê Ân"):
        assert clean(text) == text


def test_digits_only_ascii_digits():
    assert digits("0912 345.678") == "0912345678"
    assert digits("²٣") == "3"  # Arabic-Indic three is a decimal digit (ASCII "3"); a superscript is not


def test_vn_datetime_and_money():
    from datetime import datetime

    assert vn_datetime(datetime(2026, 11, 26, 9, 5)) == "09 giờ 05 phút, ngày 26 tháng 11 năm 2026"
    assert vn_money(20000) == "20.000 đồng"
    assert vn_money(0) == "Miễn phí"


@given(st.text())
def test_clean_and_fold_never_crash_and_are_idempotent(text):
    cleaned = clean(text)
    assert clean(cleaned) == cleaned
    folded = fold(text)
    assert fold(folded) == folded
    assert folded == folded.lower()
    assert not any(unicodedata.combining(ch) for ch in folded)
    assert "đ" not in folded


@given(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ "))
def test_folded_vietnamese_is_plain_ascii(text):
    assert fold(text).isascii()


def test_clean_reaches_a_fixed_point_when_a_control_hides_mojibake():
    # An unassigned code point stops the latin-1 repair; once dropped, "Â¡" is mojibake of "¡".
    assert clean("\ud7fcÂ¡") == clean(clean("\ud7fcÂ¡")) == "¡"
