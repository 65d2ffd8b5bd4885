"""The channels a dossier comes in by and its result goes back by (Biểu 06's two columns:
"Trực tuyến"; "Trực tiếp, dịch vụ bưu chính"), and what each one carries:

- online (national portal, VNeID): the portal's own dossier code, and whether an officer
  helped the citizen file it at the counter ("assisted");
- post: received through the public postal service; the result may also go back by post
  (any channel): the address, the tracking number and the moment it was sent. Sent by post
  is a return (the dossier is `returned`), with no pickup visit at the counter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desk_app.core.lifecycle import TransitionError
from desk_app.core.text import clean, vn_date
from desk_app.db.dossiers import CHANNEL_COLUMNS

__all__ = ["CHANNEL_COLUMNS", "CHANNELS", "CHANNEL_LABELS", "ChannelFields", "PostReturnError", "channel_record",
           "channel_text", "check_channel_fields", "post_return"]

CHANNELS = ("in_person", "online", "post")
CHANNEL_LABELS = {"in_person": "Trực tiếp tại quầy", "online": "Trực tuyến (Cổng DVC, VNeID)",
                  "post": "Qua dịch vụ bưu chính"}
MAX_PORTAL_CODE = 40
MAX_TRACKING = 40
MAX_POST_ADDRESS = 300
# A portal's dossier code: letters, digits and the separators portals print ("000.00.12.H10-261123-0001").
_PORTAL_CODE = re.compile(r"[0-9A-Z][0-9A-Z.\-/_]*")
_TRACKING = re.compile(r"[0-9A-Z][0-9A-Z.\-]*")


class PostReturnError(TransitionError):
    """A return by post asked wrongly; the message is for the officer."""


@dataclass
class ChannelFields:
    """What a new dossier carries of its channel (db columns of migration 0080)."""
    channel: str = "in_person"
    portal_code: str = ""
    assisted: bool | None = None  # online only: an officer helped the citizen file it
    post_address: str = ""  # where the result goes back by post, if the citizen asked for it


def channel_record(data) -> dict:
    """A new dossier's channel columns (besides `channel`) from a DossierInput."""
    return {"portal_code": data.portal_code, "assisted": None if data.assisted is None else int(data.assisted),
            "post_address": data.post_address, "post_tracking": "", "post_sent_at": None}


def check_channel_fields(data: dict, errors: dict[str, str]) -> ChannelFields:
    """`channel`, `portal_code`, `assisted`, `post_address` of a register JSON or a form."""
    channel = clean(data.get("channel") if isinstance(data.get("channel"), str) else "") or "in_person"
    if channel not in CHANNELS:
        errors["channel"] = "Hình thức nộp phải là in_person (trực tiếp), online (trực tuyến) hoặc post (bưu chính)."
        return ChannelFields()
    portal_code = _portal_code(data.get("portal_code"), channel, errors)
    assisted = data.get("assisted")
    if assisted is not None and not isinstance(assisted, bool):
        errors["assisted"] = "“assisted” phải là true hoặc false."
        assisted = None
    elif assisted and channel != "online":  # (false says nothing wrong: left as not online)
        errors["assisted"] = ("“assisted” (cán bộ hỗ trợ công dân nộp trực tuyến tại quầy) chỉ dùng cho hồ sơ nộp "
                              "trực tuyến (channel online).")
    post_address = data.get("post_address")
    if post_address is not None and not isinstance(post_address, str):
        errors["post_address"] = "Phải là chữ (viết trong dấu ngoặc kép)."
        post_address = ""
    post_address = clean(post_address or "")
    if len(post_address) > MAX_POST_ADDRESS:
        errors["post_address"] = f"Dài quá {MAX_POST_ADDRESS} ký tự."
    return ChannelFields(channel, portal_code, bool(assisted) if channel == "online" else None, post_address)


def _portal_code(value, channel: str, errors: dict[str, str]) -> str:
    if value is None or value == "":
        return ""
    if not isinstance(value, str):
        errors["portal_code"] = "Mã hồ sơ trên Cổng phải là chữ (viết trong dấu ngoặc kép)."
        return ""
    code = clean(value).upper()
    if channel != "online":
        errors["portal_code"] = ("Mã hồ sơ trên Cổng dịch vụ công chỉ có ở hồ sơ nộp trực tuyến; hồ sơ này nộp "
                                 f"{CHANNEL_LABELS[channel].lower()}. Bỏ mã đi hoặc chọn hình thức trực tuyến.")
        return ""
    if len(code) > MAX_PORTAL_CODE or not _PORTAL_CODE.fullmatch(code):
        errors["portal_code"] = (f"Mã hồ sơ trên Cổng “{clean(value)[:50]}” không hợp lệ: chữ, số và các dấu . - / _, "
                                 f"tối đa {MAX_PORTAL_CODE} ký tự.")
        return ""
    return code


def post_return(details: dict, target: str, dossier: dict) -> dict:
    """The dossier's columns for a result sent by post (`status --to returned --by-post
    --tracking T [--address A]`); {} when not by post. PostReturnError when asked wrongly."""
    by_post, tracking = bool(details.get("by_post")), clean(details.get("tracking") or "").upper()
    address = clean(details.get("address") or "")
    if not by_post:
        if tracking or address:
            raise PostReturnError("Số hiệu bưu gửi và địa chỉ gửi chỉ dùng khi trả kết quả qua bưu chính.")
        return {}
    if target != "returned":
        raise PostReturnError("Gửi qua bưu chính chỉ dùng khi trả kết quả (chuyển sang “Đã trả kết quả”).")
    if not tracking:
        raise PostReturnError("Trả kết quả qua bưu chính cần số hiệu bưu gửi để tra cứu khi công dân hỏi.")
    if len(tracking) > MAX_TRACKING or not _TRACKING.fullmatch(tracking):
        raise PostReturnError(f"Số hiệu bưu gửi “{tracking[:50]}” không hợp lệ: chữ và số, tối đa {MAX_TRACKING} ký tự.")
    if clean(details.get("collected_by") or ""):
        raise PostReturnError("Kết quả gửi qua bưu chính thì không có người nhận tại quầy: bỏ tên người nhận.")
    address = address or dossier.get("post_address") or dossier.get("applicant_address") or ""
    if not address:
        raise PostReturnError("Chưa có địa chỉ gửi kết quả qua bưu chính: ghi địa chỉ gửi.")
    if len(address) > MAX_POST_ADDRESS:
        raise PostReturnError(f"Địa chỉ gửi dài quá {MAX_POST_ADDRESS} ký tự.")
    return {"post_address": address, "post_tracking": tracking}


def channel_text(dossier: dict) -> str:
    """One line for a dossier's show/detail: how it came in, and how its result went back."""
    channel = dossier.get("channel") or "in_person"
    text = CHANNEL_LABELS.get(channel, channel)
    if channel == "online":
        extras = [f"mã trên Cổng {dossier['portal_code']}"] if dossier.get("portal_code") else []
        if dossier.get("assisted"):
            extras.append("cán bộ hỗ trợ nộp tại quầy")
        text += f" ({', '.join(extras)})" if extras else ""
    if dossier.get("post_sent_at"):
        text += (f"; kết quả gửi qua bưu chính ngày {vn_date(dossier['post_sent_at'][:10])}, số hiệu "
                 f"{dossier.get('post_tracking', '')}, tới {dossier.get('post_address', '')}")
    return text
