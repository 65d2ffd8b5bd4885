"""VietQR payloads against samples published with open VietQR libraries (subiz/vietqr's
tests and README, a vnqrpay test): the same inputs give the same text, CRC included."""

import pytest

from desk_app.core.vietqr import BankAccount, VietQrError, crc16_ccitt_false, memo_text, parse, payload

PUBLISHED = [
    # (bin, account, amount, memo, payload)
    ("970423", "0099999999", 0, "",
     "00020101021138540010A00000072701240006970423011000999999990208QRIBFTTA53037045802VN6304CBB4"),
    ("970422", "0023457923442", 40123, "test text string",
     "00020101021238570010A00000072701270006970422011300234579234420208QRIBFTTA53037045405401235802VN"
     "62200816test text string6304D9C6"),
    ("970422", "0023457923442", 40123, "chuyển khoản",
     "00020101021238570010A00000072701270006970422011300234579234420208QRIBFTTA53037045405401235802VN"
     "62160812chuyen khoan6304722F"),
    ("970415", "0011001932418", 120000, "ủng hộ lũ lụt",
     "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN"
     "62170813ung ho lu lut6304C15C"),
    ("970422", "0023457923442ASDFLJ", 40123,
     "chuyen khoan alsdkf laksjdflk asjdflja slkdalks djflkasjd",
     "00020101021238630010A0000007270133000697042201190023457923442ASDFLJ0208QRIBFTTA53037045405401235802VN"
     "62290825chuyen khoan alsdkf laksj6304E5DB"),
]
# A static code published alone (its inputs read from the text): only its CRC is checked.
STATIC_CRC = "00020101021138540010A00000072701240006970418011062540463830208QRIBFTTA53037045802VN6304AB32"


@pytest.mark.parametrize("bin_, account, amount, memo, expected", PUBLISHED)
def test_payload_matches_published_samples(bin_, account, amount, memo, expected):
    assert payload(BankAccount(bin_, account), amount, memo) == expected


def test_crc_is_ccitt_false_over_everything_before_it():
    assert crc16_ccitt_false(b"123456789") == 0x29B1  # the catalogue's check value
    assert f"{crc16_ccitt_false(STATIC_CRC[:-4].encode()):04X}" == STATIC_CRC[-4:]


def test_parse_reads_back_the_dossier_code_as_memo():
    text = payload(BankAccount("970415", "113366668888", "CONG AN XA"), 15000, "CAXTT-260105-0007")
    fields = parse(text)
    assert fields["38"]["00"] == "A000000727" and fields["38"]["02"] == "QRIBFTTA"
    assert fields["38"]["01"] == {"00": "970415", "01": "113366668888"}
    assert fields["54"] == "15000" and fields["01"] == "12"
    assert fields["62"] == {"08": "CAXTT-260105-0007"}
    with pytest.raises(VietQrError, match="CRC"):
        parse(text[:-1] + ("0" if text[-1] != "0" else "1"))


def test_memo_keeps_a_bank_safe_alphabet():
    assert memo_text("Lệ phí hồ sơ: CAXTT-260105-0007 (Đức)") == "Le phi ho so CAXTT-260105"
    assert len(memo_text("x" * 60)) == 25


@pytest.mark.parametrize("bin_, account", [("97041", "1"), ("970415", ""), ("970415", "12 34"), ("abcdef", "1")])
def test_bad_accounts_are_refused(bin_, account):
    with pytest.raises(VietQrError):
        payload(BankAccount(bin_, account), 1000)
