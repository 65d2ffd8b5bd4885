"""What printing reads, and nothing more: handed by the Desk (app.py), which sits above
printing and is never imported here.

The services are asked for at each use, not kept: the Desk rebuilds some of them after a
change of the settings, the unit or the holidays (app.BUILT_FROM), and a slip must read the
dossiers, the unit and the default printer as they are now. The store and the data folder
stay for the service's life (a restore makes a new PrintingService with the new store).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from desk_app.core.catalog_service import CatalogService
    from desk_app.core.day_close import DayCloseService
    from desk_app.core.dossiers import DossierService
    from desk_app.core.fees import FeeService
    from desk_app.core.handover import HandoverService
    from desk_app.core.officers import OfficerService
    from desk_app.core.queue import QueueService
    from desk_app.db.store import Store
    from desk_app.settings import Settings


@dataclass(frozen=True)
class PrintSources:
    store: Store  # print jobs and printers; its clock stamps the sheets and the test page
    data_dir: Path  # the preview printer's pictures go in its print-preview/
    unit: Callable[[], dict]  # the unit's details; NotSetUp before the first run
    settings: Callable[[], Settings]  # the default printer
    save_settings: Callable[[Settings], None]  # a printer made or no longer the default
    dossiers: Callable[[], DossierService]
    catalog: Callable[[], CatalogService]
    officers: Callable[[], OfficerService]  # the head who signs the forms, who received each listed dossier
    queue: Callable[[], QueueService]  # the dossier list as the window filters it
    handover: Callable[[], HandoverService]
    day_close: Callable[[], DayCloseService]
    fees: Callable[[], FeeService] | None = None  # the VietQR code of an unpaid fee on the receipt
