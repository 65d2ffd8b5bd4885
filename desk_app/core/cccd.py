"""The citizen ID card: the 12-digit personal number and the QR a USB scanner types.

Chip CCCD payload (2021-2024), fields separated by '|':
    id_number|old_id (9 digits, may be empty)|full name|birth ddmmyyyy|Nam/Nữ|address|issued ddmmyyyy
Some cards add an 8th field; 2024 "thẻ căn cước" payloads are not fully documented, so
dates and sex are found by their values, and anything unexpected is a CccdError with a
message for the officer, never a silently wrong field.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date

from desk_app.core import limits
from desk_app.core.text import ascii_digits, clean, fold

# Province codes of birth registration (the first 3 digits), as assigned before the 2025 mergers.
PROVINCE_CODES = {
    "001": "Hà Nội", "002": "Hà Giang", "004": "Cao Bằng", "006": "Bắc Kạn", "008": "Tuyên Quang",
    "010": "Lào Cai", "011": "Điện Biên", "012": "Lai Châu", "014": "Sơn La", "015": "Yên Bái",
    "017": "Hòa Bình", "019": "Thái Nguyên", "020": "Lạng Sơn", "022": "Quảng Ninh",
    "024": "Bắc Giang", "025": "Phú Thọ", "026": "Vĩnh Phúc", "027": "Bắc Ninh",
    "030": "Hải Dương", "031": "Hải Phòng", "033": "Hưng Yên", "034": "Thái Bình",
    "035": "Hà Nam", "036": "Nam Định", "037": "Ninh Bình", "038": "Thanh Hóa", "040": "Nghệ An",
    "042": "Hà Tĩnh", "044": "Quảng Bình", "045": "Quảng Trị", "046": "Thừa Thiên Huế",
    "048": "Đà Nẵng", "049": "Quảng Nam", "051": "Quảng Ngãi", "052": "Bình Định",
    "054": "Phú Yên", "056": "Khánh Hòa", "058": "Ninh Thuận", "060": "Bình Thuận",
    "062": "Kon Tum", "064": "Gia Lai", "066": "Đắk Lắk", "067": "Đắk Nông", "068": "Lâm Đồng",
    "070": "Bình Phước", "072": "Tây Ninh", "074": "Bình Dương", "075": "Đồng Nai",
    "077": "Bà Rịa - Vũng Tàu", "079": "TP. Hồ Chí Minh", "080": "Long An", "082": "Tiền Giang",
    "083": "Bến Tre", "084": "Trà Vinh", "086": "Vĩnh Long", "087": "Đồng Tháp",
    "089": "An Giang", "091": "Kiên Giang", "092": "Cần Thơ", "093": "Hậu Giang",
    "094": "Sóc Trăng", "095": "Bạc Liêu", "096": "Cà Mau",
}

MALE, FEMALE = "Nam", "Nữ"
# 4th digit: century and sex. Even = male, odd = female.
_CENTURIES = {0: 1900, 1: 1900, 2: 2000, 3: 2000, 4: 2100, 5: 2100, 6: 2200, 7: 2200, 8: 1800, 9: 1800}
_SEX_WORDS = {"nam": MALE, "nu": FEMALE, "male": MALE, "female": FEMALE, "m": MALE, "f": FEMALE}
# ASCII only ([0-9], not \d): other digit forms are converted first (text.ascii_digits).
_TWELVE_DIGITS = re.compile(r"[0-9]{12}")
_DATE_DIGITS = re.compile(r"[0-9]{8}")


class CccdError(ValueError):
    """A payload or number that cannot be trusted; the message is for the officer (Vietnamese)."""


@dataclass(frozen=True)
class IdNumberInfo:
    province: str
    sex: str
    birth_year_suffix: int
    century: int

    def birth_year_matches(self, year: int) -> bool:
        return year % 100 == self.birth_year_suffix and self.century <= year < self.century + 100


@dataclass(frozen=True)
class CardData:
    id_number: str
    old_id_number: str
    full_name: str
    birth_date: str  # ISO yyyy-mm-dd
    sex: str  # "Nam" / "Nữ"
    address: str
    issued_on: str  # ISO yyyy-mm-dd, "" when the card did not say
    extra: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        data = asdict(self)
        data["extra"] = list(self.extra)
        return data


def normalise_sex(value: str) -> str:
    sex = _SEX_WORDS.get(fold(value))
    if sex is None:
        raise CccdError(f"Giới tính “{clean(value)}” không hợp lệ: chỉ nhận “Nam” hoặc “Nữ”.")
    return sex


def normalise_id_number(text: str | None) -> str:
    """An ID number as typed or scanned, in ASCII digits without spaces (the form, the CLI, the scanner)."""
    return ascii_digits(clean(text)).replace(" ", "")


def check_id_number(number: str, sex: str | None = None, birth_year: int | None = None) -> IdNumberInfo:
    """Check a 12-digit personal ID number, and that it agrees with sex and birth year when given."""
    number = normalise_id_number(number)
    if not _TWELVE_DIGITS.fullmatch(number):
        raise CccdError(f"Số định danh cá nhân phải gồm đúng 12 chữ số (nhận được “{number}”).")
    province = number[:3]
    if province not in PROVINCE_CODES:
        raise CccdError(f"Số định danh {number}: mã tỉnh nơi đăng ký khai sinh “{province}” không tồn tại.")
    gender_digit = int(number[3])
    info = IdNumberInfo(
        province=PROVINCE_CODES[province],
        sex=MALE if gender_digit % 2 == 0 else FEMALE,
        birth_year_suffix=int(number[4:6]),
        century=_CENTURIES[gender_digit],
    )
    if sex is not None and normalise_sex(sex) != info.sex:
        raise CccdError(
            f"Số định danh {number} là của người giới tính {info.sex}, nhưng giới tính ghi là {normalise_sex(sex)}."
        )
    if birth_year is not None and not info.birth_year_matches(birth_year):
        raise CccdError(
            f"Số định danh {number} không khớp năm sinh {birth_year} "
            f"(chữ số thứ 4-6 cho năm {info.century + info.birth_year_suffix})."
        )
    return info


def parse_date(value: str, what: str) -> date:
    """A date as ddmmyyyy (card), dd/mm/yyyy or yyyy-mm-dd (forms)."""
    text = ascii_digits(clean(value))
    for pattern, order in ((r"([0-9]{2})([0-9]{2})([0-9]{4})", "dmy"),
                           (r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})", "dmy"),
                           (r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", "ymd")):
        match = re.fullmatch(pattern, text)
        if match:
            a, b, c = (int(x) for x in match.groups())
            day, month, year = (a, b, c) if order == "dmy" else (c, b, a)
            try:
                return date(year, month, day)
            except ValueError:
                break
    raise CccdError(f"{what} “{text}” không phải ngày hợp lệ (dd/mm/yyyy).")


def parse_qr(payload: str) -> CardData:
    """Parse what the scanner typed. Raises CccdError with a Vietnamese message."""
    # Digits in any form (a full-width or Arabic-Indic scanner layout) become ASCII digits.
    text = ascii_digits(clean(payload.replace("\r", "").replace("\n", "").replace("\t", "")))
    if not text:
        raise CccdError("Chưa nhận được dữ liệu quét: hãy quét lại mã QR trên thẻ căn cước.")
    fields = [f.strip() for f in text.split("|")]
    if len(fields) < 7:
        raise CccdError(
            f"Mã QR có {len(fields)} trường, thẻ căn cước có ít nhất 7 "
            "(số định danh|CMND cũ|họ tên|ngày sinh|giới tính|nơi thường trú|ngày cấp). "
            "Có thể đây không phải QR của thẻ căn cước, hoặc máy quét bị ngắt giữa chừng."
        )
    id_number, old_id, full_name = fields[0], fields[1], fields[2]
    if not _TWELVE_DIGITS.fullmatch(id_number):
        raise CccdError(f"Trường đầu tiên của mã QR phải là số định danh 12 chữ số, nhận được “{id_number}”.")
    if old_id and not re.fullmatch(r"[0-9]{9}|[0-9]{12}", old_id):
        raise CccdError(f"Số CMND cũ “{old_id}” không hợp lệ (phải gồm 9 chữ số, hoặc để trống).")
    if not full_name or any(ch.isdigit() for ch in full_name):
        raise CccdError(f"Họ và tên trong mã QR không hợp lệ: “{full_name}”.")
    rest = fields[3:]
    sex_positions = [i for i, f in enumerate(rest) if fold(f) in ("nam", "nu")]
    date_positions = [i for i, f in enumerate(rest) if _DATE_DIGITS.fullmatch(f)]
    if len(sex_positions) != 1:
        raise CccdError("Không tìm thấy giới tính (Nam/Nữ) trong mã QR: hãy nhập tay và kiểm tra thẻ.")
    if not date_positions or date_positions[0] > sex_positions[0]:
        raise CccdError("Không tìm thấy ngày sinh (ddmmyyyy) trước giới tính trong mã QR.")
    sex = normalise_sex(rest[sex_positions[0]])
    birth = parse_date(rest[date_positions[0]], "Ngày sinh")
    problem = limits.birth_date_error(birth, date.today())
    if problem:
        raise CccdError(f"{problem} Dữ liệu quét bị sai: hãy quét lại hoặc nhập tay theo thẻ.")
    later_dates = [i for i in date_positions if i > sex_positions[0]]
    issued = parse_date(rest[later_dates[0]], "Ngày cấp") if later_dates else None
    address_end = later_dates[0] if later_dates else len(rest)
    address = ", ".join(f for f in rest[sex_positions[0] + 1:address_end] if f)
    used = {date_positions[0], sex_positions[0], *range(sex_positions[0] + 1, address_end)}
    if later_dates:
        used.add(later_dates[0])
    extra = tuple(f for i, f in enumerate(rest) if i not in used)
    if issued and issued < birth:
        raise CccdError("Ngày cấp trong mã QR sớm hơn ngày sinh: dữ liệu quét bị sai, hãy quét lại.")
    check_id_number(id_number, sex=sex, birth_year=birth.year)
    return CardData(
        id_number=id_number,
        old_id_number=old_id,
        full_name=full_name,
        birth_date=birth.isoformat(),
        sex=sex,
        address=address,
        issued_on=issued.isoformat() if issued else "",
        extra=extra,
    )


def looks_like_card_qr(text: str) -> bool:
    """Cheap test used by the window to tell a scan from ordinary typing."""
    return bool(re.match(r"\s*\d{12}\|", text)) and text.count("|") >= 6
