"""A desk linked to a district: keys exchanged both ways, as an operator would do once."""

from __future__ import annotations

import pytest

from desk_app.app import Desk
from desk_app.core.registration import dossier_input_from_dict
from desk_app.sync import export
from desk_app.sync.district import store as district_store
from desk_app.sync.keys import unit_keys

TABLES = ("officers", "procedures", "citizens", "dossiers", "dossier_documents", "dossier_events", "visits",
          "imports", "units")


@pytest.fixture
def district(tmp_path, clock):
    d, _ = district_store.init(tmp_path / "district", name="Công an tỉnh Bắc Ninh", clock=clock)
    yield d
    d.close()


def link(desk: Desk, district) -> None:
    settings = desk.settings
    settings.district_public_key = district.keys.public.text()
    desk.save_settings(settings, desk.officers.resolve(None)["id"])
    unit = desk.unit
    district.add_unit(unit["code"], unit["name"], unit_keys(desk.data_dir).public.text())


@pytest.fixture
def linked(desk, district):
    link(desk, district)
    return desk


def make_desk(folder, clock, code: str, name: str) -> Desk:
    d = Desk.open(folder, clock=clock)
    d.first_run({"code": code, "name": name}, commander_name="Trần Thị Lan", commander_pin="4826")
    return d


def register(desk: Desk, count: int, procedure: str = "1.004194", start: int = 0) -> list[str]:
    officer = desk.officers.resolve(None)["id"]
    service = desk.dossiers
    codes = []
    for i in range(start, start + count):
        data = dossier_input_from_dict({"full_name": f"Nguyễn Văn Tèo {chr(65 + i % 26)}", "procedure": procedure,
                                        "phone": f"09{i:08d}", "address": "Thôn Đông, xã Tân Tiến"})
        codes.append(service.register(data, officer).code)
    return codes


def do_export(desk: Desk, out, **kwargs):
    officer = desk.officers.resolve(None)["id"]
    return export.export_new(desk.store, desk.data_dir, out, officer, **kwargs)


def counts(district) -> dict[str, int]:
    return {t: district.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
