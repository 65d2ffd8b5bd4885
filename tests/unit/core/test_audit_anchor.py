"""The district's memory of a unit's log, and the comparison of a rewritten log with it."""

from desk_app.core.audit_anchor import compare, record_states, restates_everything


def entry(seq, action, table, record, dossier, content):
    return [seq, "2026-11-23 09:00:00", None, action, table, record, dossier, "", content, "h"]


LOG = [entry(1, "insert", "dossiers", "d1", "d1", "a1"), entry(2, "insert", "dossiers", "d2", "d2", "b1"),
       entry(3, "view", None, None, "d1", ""), entry(4, "update", "dossiers", "d1", "d1", "a2"),
       entry(5, "insert", "dossier_events", "e1", "d2", "c1"), entry(6, "delete", "dossier_events", "e1", None, "")]


def test_the_memory_is_each_records_last_write_and_a_delete_keeps_its_dossier():
    states = record_states(LOG)
    assert states[("dossiers", "d1")] == ("a2", "d1", 4)
    assert states[("dossier_events", "e1")] == ("", "d2", 6)
    assert len(states) == 3  # the look has no record


def test_a_log_rewritten_in_place_is_compared_at_each_records_own_entry():
    held = record_states(LOG)
    forged = [list(e) for e in LOG]
    forged[3][8] = "a2-forged"  # d1's last write restated with other content, where it was
    assert [(d.kind, d.record_id) for d in compare(forged, held)] == [("edited", "d1")]
    assert compare(LOG, held) == []


def test_a_log_begun_again_is_compared_at_its_baseline_and_a_record_it_omits_is_missing():
    held = record_states(LOG)
    restated = [entry(1, "baseline", "dossiers", "d1", "d1", "a2"), entry(2, "baseline", "dossiers", "d2", "d2", "b9"),
                entry(3, "update", "dossiers", "d1", "d1", "a3")]  # a later write by the program: not a difference
    found = compare(restated, held)
    assert [(d.kind, d.record_id, d.dossier_id) for d in found] == [("edited", "d2", "d2")]
    gone = compare(restated[:1], held)
    assert [(d.kind, d.record_id) for d in gone] == [("missing", "d2")]


def test_only_a_file_sent_from_the_start_of_its_log_can_be_compared():
    assert restates_everything({"from": {"seq": 0, "hash": "0" * 64}, "entries": LOG})
    assert not restates_everything({"from": {"seq": 4, "hash": "x"}, "entries": LOG[4:]})
