"""Tests for checker/extract/integrity.py: one inline text per integrity finding."""

from __future__ import annotations

import pytest

from checker.extract import extract

from .conftest import make_document

SEP = " " * 48


def _rules(text: str) -> list[tuple[str, int]]:
    return [(f.rule, f.location.line) for f in extract(make_document(text)).findings]


def test_marker_without_note_text():
    text = f"It was founded in 1949.1 It grew.2\n{SEP}\n1 Smith, John, A History (London: Press, 2001), 5.\n"
    findings = extract(make_document(text)).findings
    assert [(f.rule, f.location.line, f.severity) for f in findings] == [("note.missing-text", 1, "error")]
    assert "Note 2" in findings[0].message and "1949.1 It grew.2" in findings[0].evidence[0].quote


def test_note_without_marker():
    text = f"It was founded in 1949.1 It grew.\n{SEP}\n1 Smith, A History (London: Press, 2001), 5.\n2 Jones, Other (Paris: Seuil, 1999), 7.\n"
    assert _rules(text) == [("note.orphan", 4)]


def test_markers_out_of_order_duplicated_and_skipped():
    text = (f"One.1 Two.3 Back.2 Again.3 Jump.7\n{SEP}\n"
            "1 Smith, A (London: P, 2001), 1.\n2 Smith, B (London: P, 2001), 2.\n3 Smith, C (London: P, 2001), 3.\n"
            "7 Smith, D (London: P, 2001), 7.\n")
    messages = sorted(f.message for f in extract(make_document(text)).findings if f.rule == "note.order")
    # 2 is not "skipped" after 1 → 3: it has a note and a marker, only out of place.
    assert messages == ["Marker 2 comes after marker 3", "Marker 3 occurs twice",
                        "Marker numbering skips 4–6 before 7"]


def test_author_year_without_reference_list_is_one_finding():
    text = "As argued (Smith, 2001, p. 3) and (Jones, 2005) and (Brown, 2010).\n"
    findings = extract(make_document(text)).findings
    assert [f.rule for f in findings] == ["cite.no-reference-list"]
    assert len(findings[0].evidence) == 3


def test_citation_matching_no_reference_entry():
    text = ("As argued (Smith, 2001, p. 3) and (Jones, 2005) and (Smith, 2009).\n\nReferences\n"
            "Smith, J. (2001). A History. London: Press.\nJones, K. (2005). Another. Paris: Seuil.\n")
    findings = [f for f in extract(make_document(text)).findings]
    assert [(f.rule, f.message) for f in findings] == [
        ("cite.unmatched", "No reference-list entry matches the citation (Smith, 2009)")]


def test_short_form_note_without_earlier_full_citation():
    text = (f"First.1 Second.2 Third.3\n{SEP}\n"
            "1 Wolfe, “The Warsaw Pact in Evolution”, 191-192.\n"
            "2 Tsygankov, Andrei P., Russia's Foreign Policy (New York: Rowman, 2010) 55-56.\n"
            "3 Tsygankov, Russia's Foreign Policy, 56.\n")
    assert _rules(text) == [("cite.short-form-unresolved", 3)]


def test_ibid_first_is_unresolved_but_later_is_fine():
    text = f"First.1 Second.2\n{SEP}\n1 Ibid., 4.\n2 Ibid., 5.\n"
    assert _rules(text) == [("cite.short-form-unresolved", 3)]


def test_seed_findings(seed_extractions):
    def count(key, rule):
        return sum(f.rule == rule for f in seed_extractions[key].findings)

    missing = [f for f in seed_extractions["000"].findings if f.rule == "note.missing-text"]
    assert [f.message.split()[1] for f in missing] == [str(n) for n in range(40, 58)]
    assert count("000", "cite.short-form-unresolved") == 0
    assert count("002", "cite.no-reference-list") == 1
    assert count("002", "note.missing-text") == 1
    assert count("001", "url.variant") == 1
    assert {f.rule for f in seed_extractions["001"].findings} == {"note.missing-text", "url.damaged", "url.variant"}
    for extraction in seed_extractions.values():
        assert not any(f.rule == "note.order" for f in extraction.findings)


def test_abbreviation_and_lettered_years_match_their_entries():
    text = ("Trust fell (World Health Organization [WHO], 2018). Later (WHO, 2018, p. 3) and (Novák, 2019b)\n"
            "and (Novák, 2019c).\n\nReferences\nWorld Health Organization. (2018). Report on hesitancy. Geneva.\n"
            "Novák, J. (2019a). Důvěra. Praha: Academia.\nNovák, J. (2019b). Očkování. Praha: Karolinum.\n")
    findings = extract(make_document(text)).findings
    assert [(f.rule, f.message) for f in findings] == [
        ("cite.unmatched", "No reference-list entry matches the citation (Novák, 2019c)")]


def test_id_is_an_ibid():
    first = "Lead.1 More.2\n" + " " * 48 + "\n1 Id. at 5.\n2 A. Smith, Title (London: Verso, 2001), 4.\n"
    later = "Lead.1 More.2\n" + " " * 48 + "\n1 A. Smith, Title (London: Verso, 2001), 4.\n2 Id. at 5.\n"
    assert [f.rule for f in extract(make_document(first)).findings] == ["cite.short-form-unresolved"]
    assert extract(make_document(later)).findings == ()


def test_a_court_case_number_is_not_a_short_form():
    text = (f"The court ruled.1 It was confirmed.2\n{SEP}\n1 Nález ÚS, IV. ÚS 1378/16.\n"
            "2 Rozsudek NSS, 8 As 55/2012-62.\n")
    assert _rules(text) == []


def test_a_repeated_marker_where_the_next_number_belongs_is_reported_at_the_repeat():
    text = (f"One.1 Two.2 Three.3\nAgain.3 Five.5\n{SEP}\n"
            + "".join(f"{n} Smith, Title {n} (London: P, 2001), {n}.\n" for n in (1, 2, 3, 4, 5)))
    order = [(f.message, f.location.line) for f in extract(make_document(text)).findings if f.rule == "note.order"]
    assert order == [("Marker 3 occurs twice", 2)]


@pytest.mark.parametrize(
    ("note", "unresolved"),
    [
        pytest.param("Halifax Courier, 14 October 1876, 5.", False, id="newspaper_date"),
        pytest.param("Manchester Guardian, 6 September 1852, 5.", False, id="newspaper_date_2"),
        pytest.param("K. Kozłowska, Partycypacja w rewitalizacji..., s. 19.", True, id="initial_before_surname"),
        pytest.param("Tamże, s. 8.", True, id="polish_ibid_first"),
        pytest.param("Ivi, c. 6r.", True, id="italian_ibid_first"),
    ],
)
def test_short_forms_and_dates(note, unresolved):
    text = f"First.1\n{SEP}\n1 {note}\n"
    assert (_rules(text) == [("cite.short-form-unresolved", 3)]) is unresolved


def test_an_excerpt_whose_notes_open_at_41_skips_nothing():
    text = (f"As much.41 At the time,42 and known.”43 Later.45\n{SEP}\n"
            "41 Oduya, The Footage Problem, 71 Stan. L. Rev. 1 (2019).\n42 Id. at 45.\n"
            "43 Harlow v. Fitzgerald, 457 U.S. 800 (1982).\n45 Monroe v. Pape, 365 U.S. 167 (1961).\n")
    messages = [f.message for f in extract(make_document(text)).findings]
    assert messages == ["Marker numbering skips 44 before 45"]


def test_ditto_entries_take_the_author_of_the_entry_above():
    text = ("As shown (Smith 2001a: 23) and (Smith 2001b) and Smith (2004) and (Smith 2005).\n\nBibliography\n"
            "Smith, J. (2001a) ‘Rotating credit’, Africa, 71(1), pp. 15–38.\n"
            "––– (2001b) Women, Trade and Credit. Ibadan: Spectrum Books.\n"
            "––– (2004) ‘Trust at the margins’, Journal of Modern African Studies, 42(3).\n")
    findings = extract(make_document(text)).findings
    assert [(f.rule, f.message) for f in findings] == [
        ("cite.unmatched", "No reference-list entry matches the citation (Smith 2005)")]
