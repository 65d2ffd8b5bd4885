"""The procedure catalog as data: validation of the JSON the unit imports and exports."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field

from desk_app.core.text import clean, fold

CATALOG_FORMAT = "desk_app.catalog"
# Where a procedure's QR leads when the unit has not set its own link: the national portal's
# page for a national procedure code (1.004194), else the ministry's public service portal.
NATIONAL_PORTAL = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}"
MINISTRY_PORTAL = "https://dichvucong.bocongan.gov.vn/"
NATIONAL_CODE = re.compile(r"\d\.\d{6}")
DOCUMENT_KINDS = {"original": "Bản chính", "certified_copy": "Bản sao", "photocopy": "Bản chụp"}
LIMIT_UNITS = {"days": "ngày làm việc", "hours": "giờ làm việc"}


class CatalogError(ValueError):
    pass


@dataclass
class RequiredDocument:
    name: str
    kind: str = "original"


@dataclass
class Procedure:
    code: str
    field: str
    name: str
    limit_value: float
    limit_unit: str = "days"
    limit_note: str = ""
    fee_in_person: int = 0
    fee_online: int = 0
    fee_note: str = ""
    documents: list[RequiredDocument] = field(default_factory=list)
    legal_basis: str = ""
    portal_url: str = ""
    verified: bool = True
    active: bool = True

    def limit_text(self) -> str:
        """'7 ngày làm việc', '½ ngày làm việc', 'Giải quyết ngay'."""
        if self.limit_value == 0:
            return "Giải quyết ngay"
        value = "½" if self.limit_value == 0.5 else f"{self.limit_value:g}".replace(".", ",")
        return f"{value} {LIMIT_UNITS[self.limit_unit]}"

    def link(self) -> str:
        """The page a citizen's phone opens from this procedure's QR."""
        if self.portal_url:
            return self.portal_url
        if NATIONAL_CODE.fullmatch(self.code):
            return NATIONAL_PORTAL.format(code=self.code)
        return MINISTRY_PORTAL

    def as_dict(self) -> dict:
        return asdict(self)


def procedure_from_dict(data: dict) -> Procedure:
    """Build and check one procedure; CatalogError names the procedure and the field."""
    code = clean(data.get("code"))
    if not code:
        raise CatalogError("Thủ tục thiếu mã (code).")
    try:
        docs = [
            RequiredDocument(name=clean(d["name"]), kind=clean(d.get("kind", "original")))
            for d in data.get("documents", [])
        ]
        proc = Procedure(
            code=code,
            field=clean(data["field"]),
            name=clean(data["name"]),
            limit_value=float(data.get("limit_value", 0)),
            limit_unit=clean(data.get("limit_unit", "days")),
            limit_note=clean(data.get("limit_note", "")),
            fee_in_person=int(data.get("fee_in_person", 0)),
            fee_online=int(data.get("fee_online", 0)),
            fee_note=clean(data.get("fee_note", "")),
            documents=docs,
            legal_basis=clean(data.get("legal_basis", "")),
            portal_url=clean(data.get("portal_url", "")),
            verified=bool(data.get("verified", True)),
            active=bool(data.get("active", True)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise CatalogError(f"Thủ tục {code}: dữ liệu không hợp lệ ({exc}).") from None
    if not proc.name or not proc.field:
        raise CatalogError(f"Thủ tục {code}: thiếu tên hoặc lĩnh vực.")
    if proc.limit_unit not in LIMIT_UNITS:
        raise CatalogError(f"Thủ tục {code}: đơn vị thời hạn phải là 'days' hoặc 'hours'.")
    if proc.limit_value < 0 or proc.fee_in_person < 0 or proc.fee_online < 0:
        raise CatalogError(f"Thủ tục {code}: thời hạn và lệ phí không được âm.")
    for doc in docs:
        if not doc.name or doc.kind not in DOCUMENT_KINDS:
            raise CatalogError(
                f"Thủ tục {code}: giấy tờ “{doc.name}” cần tên và hình thức original/certified_copy/photocopy."
            )
    return proc


def parse_catalog(text: str) -> tuple[list[Procedure], list[dict]]:
    """(procedures, fields) from catalog JSON; CatalogError for anything malformed."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogError(f"Tệp danh mục không phải JSON hợp lệ (dòng {exc.lineno}: {exc.msg}).") from None
    if not isinstance(data, dict) or data.get("format") != CATALOG_FORMAT:
        raise CatalogError("Tệp này không phải danh mục thủ tục của desk_app (thiếu \"format\": \"desk_app.catalog\").")
    procedures = [procedure_from_dict(p) for p in data.get("procedures", [])]
    codes = [p.code for p in procedures]
    duplicates = sorted({c for c in codes if codes.count(c) > 1})
    if duplicates:
        raise CatalogError(f"Mã thủ tục bị trùng trong tệp: {', '.join(duplicates)}.")
    fields = [{"name": clean(f["name"]), "url": clean(f.get("url", ""))} for f in data.get("fields", [])]
    return procedures, fields


def catalog_json(procedures: list[Procedure], fields: list[dict]) -> str:
    return json.dumps(
        {"format": CATALOG_FORMAT, "version": 1, "fields": fields, "procedures": [p.as_dict() for p in procedures]},
        ensure_ascii=False, indent=1,
    )


def procedure_from_row(row: dict) -> Procedure:
    """A stored row (db.procedures) as the model; its documents are JSON text there."""
    return Procedure(
        code=row["code"], field=row["field"], name=row["name"], limit_value=row["limit_value"],
        limit_unit=row["limit_unit"], limit_note=row["limit_note"], fee_in_person=row["fee_in_person"],
        fee_online=row["fee_online"], fee_note=row["fee_note"],
        documents=[RequiredDocument(**d) for d in json.loads(row["documents"])],
        legal_basis=row["legal_basis"], portal_url=row["portal_url"], verified=bool(row["verified"]),
        active=bool(row["active"]),
    )


def procedure_record(proc: Procedure) -> dict:
    """The model as the row db.procedures stores, with the folded name it searches by."""
    data = proc.as_dict()
    data["documents"] = json.dumps(data["documents"], ensure_ascii=False)
    data["verified"] = int(proc.verified)
    data["active"] = int(proc.active)
    data["name_key"] = fold(proc.name)
    return data
