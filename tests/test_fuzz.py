"""Property-based robustness: no stage raises or takes pathological time on any text.

Random unicode, random bytes and seed fragments shuffled and damaged go through
decoding, extraction, the reference parser, the facts stage and every report renderer.
Fixed pathological inputs (deep brackets, a 1 MB line, 500,000 short lines, runs that
made regular expressions backtrack) must finish within a time bound. The inputs that
once crashed or hung are kept here as regression cases.
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.errors import InputError
from checker.extract import extract
from checker.load import decode, load_file
from checker.model import Document, Evidence, Finding, Location, Report
from checker.parse import parse_reference, parse_references
from checker.report import FORMATS, render
from checker.verify.facts import extract_claims, find_conflicts

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

FUZZ = settings(
    max_examples=60,
    deadline=3000,
    derandomize=True,  # the same examples on every run: CI never turns red by chance
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _seed_lines() -> list[str]:
    lines = []
    for path in sorted(SEEDS.glob("*.txt")):
        lines.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return lines[::7]  # every seventh line: all three papers' kinds of line, kept small


SEED_LINES = _seed_lines()
DAMAGE = ["\n", "\r\n", "\r", "\f", "(", ")", "[", "]", "“", "\"", "'", "Dostupné z:", "[online]",
          "http://", "www.", "1", "1999", "\u200b", "\u200f", "\x00", "\ufeff", "…", " s. ", "Ibid.", "\t"]


@st.composite
def damaged_text(draw) -> str:
    """Seed lines shuffled, cut, glued to digits and sprinkled with brackets, breaks and cues."""
    lines = draw(st.lists(st.sampled_from(SEED_LINES), min_size=1, max_size=25))
    pieces = []
    for line in lines:
        cut = draw(st.integers(0, len(line)))
        insert = draw(st.sampled_from(DAMAGE + [str(draw(st.integers(0, 999)))]))
        pieces.append(line[:cut] + insert + line[cut:])
    return draw(st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\n\f", " "])).join(pieces)


def document(text: str, name: str = "fuzz") -> Document:
    """A Document split the way ``load`` splits a decoded file."""
    lines = tuple(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")) or ("",)
    return Document(id=name, path=f"{name}.txt", lines=lines, encoding="utf-8", sha256="0" * 64)


def run_stages(text: str) -> None:
    """Extraction, the reference parser over its citations, and the facts stage."""
    extraction = extract(document(text))
    parse_references(extraction)
    find_conflicts(extract_claims(extraction))


@FUZZ
@given(st.text(max_size=3000))
def test_random_unicode_through_every_stage(text):
    run_stages(text)
    parse_reference(text)


@FUZZ
@given(damaged_text())
def test_damaged_seed_text_through_every_stage(text):
    run_stages(text)


@FUZZ
@given(st.binary(max_size=4000))
def test_random_bytes_decode_or_refuse_with_an_input_error(data):
    try:
        text, encoding = decode(data, "fuzz.txt")
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(text, str) and encoding
    run_stages(text)


@FUZZ
@given(st.one_of(st.text(max_size=600), st.lists(st.sampled_from(SEED_LINES), max_size=4).map(" ".join)))
def test_parse_reference_never_raises(raw):
    ref = parse_reference(raw)
    assert ref.kind in ("full", "short", "ibid")


# Strings that break a careless renderer: script/comment/CDATA ends, bidi and zero-width
# marks, control characters, Markdown and HTML syntax.
ODD = ["</script><script>alert(1)</script>", "-->", "<!--", "]]>", "\u202eevil\u202c", "\u200f\u200b\u2060",
       "\x00\x07\x1b[31m", "| pipe | table |", "`code` **bold** [link](javascript:x)", "&amp; &#0; <b>",
       "\ud800 lone surrogate", "line\nbreak\rreturn", "{\"json\": true}", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀"]


def _report(strings: list[str]) -> Report:
    location = Location("odd</script>", 3, 1)
    findings = tuple(
        Finding(rule="url.dead", severity=sev, location=replace(location, line=i + 1), message=s,
                evidence=(Evidence(s, location),), suggestion=s, fingerprint=f"f{i}")
        for i, (s, sev) in enumerate(zip(strings, ["error", "warning", "info"] * len(strings)))
    )
    doc = Document(id="odd</script>", path="odd -->.txt", lines=tuple(strings) or ("x",), encoding="utf-8", sha256="0")
    return Report(documents=(doc,), findings=findings)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_renderers_escape_odd_strings(fmt):
    text = render(_report(ODD), fmt)
    assert isinstance(text, str)
    if fmt in ("json", "sarif"):
        json.loads(text)
    if fmt == "html":
        assert "<script>alert(1)" not in text
        assert "</script><script>" not in text


@FUZZ
@given(st.lists(st.text(max_size=80), min_size=1, max_size=6), st.sampled_from(sorted(FORMATS)))
def test_renderers_take_any_text(strings, fmt):
    text = render(_report(strings), fmt)
    if fmt in ("json", "sarif"):
        json.loads(text)


def test_a_real_report_on_damaged_text_renders_in_every_format(tmp_path):
    from checker.pipeline import CheckOptions, run_check

    path = tmp_path / "odd.txt"
    path.write_text("Title\n\nText.1 </script> --> ]]> \u202e\n\n1 See http://x.org/</script>?a=-->. Dostupné z:\n",
                    encoding="utf-8")
    report = run_check([str(path)], CheckOptions(offline=True), None, None)
    for fmt in sorted(FORMATS):
        text = render(report, fmt)
        text.encode("utf-8")  # no lone surrogate reaches the files
        if fmt == "html":
            assert "</script> -->" not in text


# ----------------------------------------------------------------- pathological inputs


def _lines(n: int, unit: str) -> str:
    return "\n".join([unit] * n)


PATHOLOGICAL = {
    "nested-parens-10k": "Title\n\n" + "(" * 10_000 + "Smith 2001" + ")" * 10_000,
    "unclosed-paren": "Title\n\n1 Novák, J. (Praha: Academia " + "a " * 20_000,
    "one-1MB-line": ("Novák, J. Dějiny. Praha 2001. Dostupné z: http://x.cz/a " * 18_000)[:1_000_000],
    "500k-short-lines": _lines(500_000, "1"),
    "mixed-short-lines": "\n".join(["1", "a", "Ab.", "12 Novák", "", "(", "Dostupné z:"] * 5_000),
    "digit-lines": "\n".join(str(7 ** (i % 40)) for i in range(50_000)),
    "form-feeds": "Title\n\f\f\f\n" + "\f\n1 Note text.\n" * 5_000,
    "nul-in-utf8": "Title\n\nNovák\x00 řekl\x00\n1 Ibid.\x00, 5.\n",
    "mixed-crlf-cr": "Title\r\n\r\nText.1\r1 Smith, J. Title. Praha: X, 2001.\r\n\r2 Ibid., 5.\n",
    "dostupne-without-url": "Title\n\n" + "1 Novák, J. Dějiny [online]. Dostupné z:\n" * 2_000,
    "initials-run": "Title\n\n1 " + "A. " * 30_000,
    "year-list": "Title\n\nThe treaty was signed in " + "1999, " * 20_000 + "and 2001.",
    "digit-run": "Title\n\n1 " + "1" * 200_000,
    "bracket-run": "Title\n\n1 " + "( " * 50_000,
}
"""name → text; bounds are generous for slow CI machines yet far below the old hangs."""


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_documents_finish_quickly(name):
    started = time.process_time()
    run_stages(PATHOLOGICAL[name])
    assert time.process_time() - started < 20


REFERENCE_RUNS = {
    # Each once took seconds to minutes: a run of initials (cubic backtracking in the name
    # grammar), digits and brackets (title stops), a blanked URL (s.v. container), years.
    "initials": "A. " * 4000,
    "initials-glued": "A." * 4000,
    "digits": "1" * 20_000,
    "brackets": "(" * 20_000,
    "url-run": "http://a" * 2000,
    "dostupne-run": "Dostupné z: " * 1500,
    "accessed-run": "[cit. " * 3000,
}


@pytest.mark.parametrize("name", sorted(REFERENCE_RUNS))
def test_long_reference_strings_parse_in_linear_time(name):
    started = time.process_time()
    parse_reference(REFERENCE_RUNS[name])
    assert time.process_time() - started < 3


def test_a_file_with_a_non_utf8_name_loads_with_a_printable_id(tmp_path):
    raw = bytes(tmp_path) + b"/caf\xe9 paper.txt"
    with open(raw, "wb") as handle:
        handle.write("Title\n\nText.\n".encode())
    name = next(p for p in tmp_path.iterdir())
    doc = load_file(name)
    doc.path.encode("utf-8")
    assert doc.id == "caf\ufffd paper"
