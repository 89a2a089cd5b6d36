"""Pipeline wiring: per-document results merged; severity overrides and stable order applied."""

from __future__ import annotations

from checker.config import parse_config
from checker.findings import make_finding
from checker.model import Document, Location, Report
from checker.pipeline import finalise, finding_order


def _report(*findings) -> Report:
    doc = Document("d", "d.txt", ("x",) * 50, "utf-8", "0" * 64)
    return Report(documents=(doc,), findings=tuple(findings))


def test_findings_are_sorted_by_document_line_rule_fingerprint():
    a = make_finding("url.dead", Location("b", 3), "gone", key="1")
    b = make_finding("note.orphan", Location("a", 9), "orphan", key="2")
    c = make_finding("note.order", Location("a", 9), "order", key="3")
    d = make_finding("note.order", Location("a", 2), "order", key="4")
    ordered = finalise(_report(a, b, c, d)).findings
    assert [(f.location.document, f.location.line, f.rule) for f in ordered] == [
        ("a", 2, "note.order"), ("a", 9, "note.order"), ("a", 9, "note.orphan"), ("b", 3, "url.dead"),
    ]
    assert list(ordered) == sorted(ordered, key=finding_order)


def test_severity_overrides_change_or_drop_findings():
    config = parse_config({"severity": {"url.blocked": "off", "note.orphan": "error"}})
    blocked = make_finding("url.blocked", Location("d", 1), "403")
    orphan = make_finding("note.orphan", Location("d", 2), "no marker")
    result = finalise(_report(blocked, orphan), config).findings
    assert [(f.rule, f.severity) for f in result] == [("note.orphan", "error")]


def _paper(tmp_path, name: str, *entries: str) -> str:
    path = tmp_path / f"{name}.txt"
    path.write_text("A Paper\n\nSome text about policy.\n\nReferences\n\n" + "\n".join(entries) + "\n", encoding="utf-8")
    return str(path)


def test_check_reports_a_work_cited_with_different_years_in_two_documents(tmp_path):
    from checker.pipeline import CheckOptions, run_check

    a = _paper(tmp_path, "a", "Smith, John. The Politics of NATO Enlargement. London: Routledge, 2001.",
               "Brown, Anne. Cold War Diplomacy. Oxford: Clarendon Press, 1998.")
    b = _paper(tmp_path, "b", "Smith, John. The Politics of NATO Enlargement. London: Routledge, 2003.",
               "Green, Paul. Alliances in Europe. Berlin: Springer, 2005.")
    found = [f for f in run_check([a, b], CheckOptions(offline=True)).findings if f.rule.startswith("ref.in")]
    assert [(f.rule, f.location.document) for f in found] == [("ref.inconsistent", "b")]
    assert "2001" in found[0].message and "2003" in found[0].message


def test_compare_references_adds_near_duplicates_once():
    from checker.parse import parse_reference
    from checker.pipeline import compare_references

    a = parse_reference("Smith, John. The Politics of NATO Enlargement. London: Routledge, 2001.", Location("a", 1), id="a1")
    b = parse_reference("Smith, John. The Politics of NATO Enlargement in Europe. London: Routledge, 2001.",
                        Location("b", 1), id="b1")
    once = compare_references(Report(documents=(), findings=(), references=(a, b)))
    twice = compare_references(once)
    assert [f.rule for f in once.findings] == ["ref.possible-duplicate"]
    assert twice.findings == once.findings


# A synthetic paper: a URL broken across lines and cited twice, two markers with the same
# context and no note text, a short notes section.
_PAPER = (
    "Alliances and Their Discontents",
    "",
    "The alliance was founded in 1949.1 Its first crisis came soon after.2 The archive",
    "is online at http://www.example-archive.org/collections/cold-",
    "war/documents/alliance_history.html and was consulted in 2020.",
    "As the minister put it, the matter was settled.3 Nobody agreed.",
    "As the minister put it, the matter was settled.4 Nobody agreed.",
    "The second reading is at http://www.example-archive.org/collections/cold-",
    "war/documents/alliance_history.html as well.",
    "",
    "1 John Smith, The Alliance (London: Harbour Press, 1990), 12.",
    "2 Ibid., 14.",
)


def _fingerprints(lines: tuple[str, ...]) -> dict[tuple[str, str], list[str]]:
    """(rule, message) → fingerprints of the findings of one analysed document."""
    from checker.pipeline import CheckOptions, analyse

    doc = Document("paper", "paper.txt", lines, "utf-8", "0" * 64)
    found: dict[tuple[str, str], list[str]] = {}
    for f in analyse((doc,), CheckOptions(offline=True, cassette_dir="/nonexistent")).findings:
        found.setdefault((f.rule, f.message), []).append(f.fingerprint)
    return found


def test_findings_of_one_rule_about_different_things_get_different_fingerprints():
    found = _fingerprints(_PAPER)
    notes = [fp for (rule, _), fps in found.items() if rule == "note.missing-text" for fp in fps]
    assert len(notes) == 2 and len(set(notes)) == 2  # same marker context, notes 3 and 4
    damaged = [fp for (rule, _), fps in found.items() if rule == "url.damaged" for fp in fps]
    assert len(damaged) == 2 and len(set(damaged)) == 2  # one URL repaired at two places
    every = [fp for fps in found.values() for fp in fps]
    assert len(every) == len(set(every))


def test_fingerprints_survive_lines_inserted_above():
    shifted = ("Draft for the editor", "Not for circulation", "") + _PAPER
    assert _fingerprints(shifted) == _fingerprints(_PAPER)


def test_fingerprints_survive_text_moving_to_another_line():
    # The two marker sentences move above the first URL: same text, other lines.
    moved = _PAPER[:3] + _PAPER[5:7] + _PAPER[3:5] + _PAPER[7:]
    assert _fingerprints(moved) == _fingerprints(_PAPER)
