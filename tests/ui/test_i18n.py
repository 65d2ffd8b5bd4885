"""The English translation: every entry of the .ts is translated and compiled, and the newer
pages (sync, print jobs, receive form) come out in English once the translator is loaded."""

from __future__ import annotations

import errno
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desk_app.core import catalog, visits
from desk_app.paths import asset
from desk_app.printing import jobs
from desk_app.printing.printers import PREVIEW_NAME
from desk_app.ui.i18n import arg, core_term, install_translator
from desk_app.ui.pages.print_jobs import JOB_KINDS, PrintJobsPage
from desk_app.ui.pages.receive_form import ReceiveForm
from desk_app.ui.session import Session
from desk_app.ui.pages.sync_page import SyncPage, export_error_text
from tests.ui.forms_helpers import CARD_QR
from tests.ui.shell_helpers import register

TS_FILE = asset("translations", "desk_app_en.ts")
PLACEHOLDER = re.compile(r"%\d")


def messages():
    """(context, source, comment, translation element) for every entry of the .ts file."""
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.findtext("comment") or "", message.find("translation")


def texts(translation) -> list[str]:
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.fixture
def english():
    app = QApplication.instance()
    translator = install_translator(app, "en")
    assert translator is not None, "the compiled desk_app_en.qm did not load"
    yield translator
    app.removeTranslator(translator)


def test_every_entry_is_translated_with_its_placeholders():
    entries = list(messages())
    assert len(entries) > 300
    unfinished = [(c, s) for c, s, _, t in entries if t.get("type") in ("unfinished", "vanished", "obsolete")]
    assert unfinished == []
    for context, source, _, translation in entries:
        for text in texts(translation):
            assert text.strip(), (context, source)
            assert sorted(PLACEHOLDER.findall(text)) == sorted(set(PLACEHOLDER.findall(source))), (context, source)


def test_the_compiled_file_holds_what_the_ts_file_says():
    """Catches a .ts edited without running pyside6-lrelease."""
    translator = QTranslator()
    assert translator.load(str(asset("translations", "desk_app_en.qm")))
    for context, source, comment, translation in messages():
        if translation.findall("numerusform"):
            continue  # plural entries are checked by the queue's test, with a count
        assert translator.translate(context, source, comment or None) == translation.text, (context, source)


def test_sync_page_in_english(qtbot, english, desk, commander, clock):
    register(desk, commander["id"], "Đỗ Thị Lan", "001190000011", clock.now)
    page = SyncPage(desk, Session(commander))
    qtbot.addWidget(page)
    page.show()
    assert page.export_button.text() == "Export end-of-day file  (Ctrl+E)"
    assert page.again_button.text() == "Export the selected file again"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Time"
    assert page.last_label.text() == "No file has been exported yet."
    # The waiting line names the upper level ("Chưa gửi %4: …"), a name the unit sets in Vietnamese.
    assert page.waiting_label.text().startswith("Not yet sent to ") and "<b>1 dossier" in page.waiting_label.text()
    assert "No public key of" in page.district_label.text() and "Settings (F9) › Unit" in page.district_label.text()
    assert not page.export()  # no district key yet: said in English, nothing started
    assert page.result.text().startswith("The upper level's public key is missing")
    full = export_error_text(OSError(errno.ENOSPC, "No space left on device"), Path("/media/usb"))
    assert full.startswith("The disk of folder “/media/usb” is full")
    assert full.endswith("The data is intact and will be in the next export.")


def test_print_jobs_page_in_english(qtbot, english, desk, commander, clock):
    code = register(desk, commander["id"], "Đỗ Thị Lan", "001190000011", clock.now).code
    assert desk.printing.print_dossier_slip(code, printer_name=PREVIEW_NAME, officer_id=commander["id"]).ok
    page = PrintJobsPage(desk, Session(commander))
    qtbot.addWidget(page)
    page.show()
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Time", "Slip", "Dossier / subject", "Printer", "Status", "Error reason"]
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[1:5] == ["Dossier receipt and appointment slip", code, "Preview", "Printed"]
    assert page.retry_button.text() == "Reprint  (Ctrl+R)"
    assert page.printer.itemText(0) == "The job's own printer"
    assert page.printer.itemText(1) == "Preview (PNG image in the data folder)"
    assert page.printer.itemData(1) == PREVIEW_NAME  # what is sent to the printer stays the printer's name


def test_receive_form_in_english(qtbot, english, desk, commander):
    form = ReceiveForm(desk, Session(commander))
    qtbot.addWidget(form)
    form.show()  # as in the window
    assert form.save_button.text() == "Save dossier (Ctrl+Enter)"
    assert form.due_label.text() == "Due: choose a procedure to compute the due date"
    assert [form.channel.itemText(i) for i in range(form.channel.count())] == ["In person", "Online", "By post"]
    assert [form.channel.itemData(i) for i in range(form.channel.count())] == ["in_person", "online", "post"]
    assert form.fee.suffix() == " VND"
    assert form.documents.headerData(1, Qt.Orientation.Horizontal) == "Document"
    assert form.citizen.edits["full_name"].placeholderText() == "Nguyễn Văn A"  # a sample name stays
    assert form.citizen.edits["address"].placeholderText() == "Hamlet, commune, province"
    form.picker.set_code("1.004194")
    assert form.due_label.text().startswith("Due: ") and "Time limit:" in form.procedure_info.text()
    assert form.documents.data(form.documents.index(0, 2)) in ("Original", "Certified copy", "Photocopy")
    assert form.save() is None  # no citizen typed: the form's own words in English, the core's in Vietnamese
    assert form.result_label.text().startswith("Not saved: ") and "item(s) to fix" in form.result_label.text()
    form.handle_scan(CARD_QR)
    assert form.banner.text() == "Scanned the ID card of Nguyễn Thị Bích Ngọc."
    form.handle_scan("001190012345|not a card")
    assert form.banner.text().startswith("Could not read the QR code: ")


def test_core_labels_shown_by_the_pages_all_have_english(english):
    labels = [*jobs.STATUS_LABELS.values(), *catalog.DOCUMENT_KINDS.values(), *catalog.LIMIT_UNITS.values(),
              *visits.KINDS.values(), *visits.SATISFACTION.values(), PREVIEW_NAME]
    assert [label for label in labels if core_term(label) == label] == []
    untranslated = [kind for kind, label in JOB_KINDS.items()
                    if QCoreApplication.translate("PrintJobsPage", label) == label]
    assert untranslated == []  # a renamed slip title would show up here


def test_arg_fills_each_placeholder_once():
    assert arg("%1 → %2", "a%2", 5) == "a%2 → 5"
    assert arg("%1 of %3", "x") == "x of %3"
