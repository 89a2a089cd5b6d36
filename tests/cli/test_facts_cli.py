"""cli/facts.py: ``citecheck facts`` JSON, CSV, text and timeline plot, through checker.cli.main."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest

from checker.cli import main

PAPER_A = "The Alpha Council was founded in 2002 to discuss security.\nRussia joined the Omega Pact in 1994.\n"
PAPER_B = "Timeline\n1994 Russia joins Omega Pact\n2002 May 28, creation of Alpha Council\n2008 – Creation of Alpha Council\n"


@pytest.fixture
def papers(write_text):
    return [str(write_text(PAPER_A, "a.txt")), str(write_text(PAPER_B, "b.txt"))]


def test_json_schema_and_conflict(papers, capsys):
    assert main(["facts", *papers, "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "citecheck/facts/1"
    assert {"document", "line", "event", "date", "precision", "quote"} <= set(data["claims"][0])
    (conflict,) = data["conflicts"]
    assert (conflict["rule"], conflict["severity"]) == ("fact.date-conflict", "error")
    assert {"event", "reason", "confidence", "evidence"} <= set(conflict)
    dates = {(e["document"], e["line"], e["date"]) for e in conflict["evidence"]}
    assert {("a", 1, "2002"), ("b", 3, "2002-05-28"), ("b", 4, "2008")} <= dates


def test_json_is_deterministic(papers, capsys):
    main(["facts", *papers, "--json"])
    first = capsys.readouterr().out
    main(["facts", *papers, "--json"])
    assert capsys.readouterr().out == first


def test_csv_rows(papers, capsys):
    main(["facts", *papers, "--csv"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["kind"] for r in rows} == {"claim", "conflict"}
    assert any(r["kind"] == "conflict" and r["date"] == "2008" and r["severity"] == "error" for r in rows)


def test_text_names_paths_and_says_why_in_words(papers, capsys):
    assert main(["facts", *papers]) == 1
    out = capsys.readouterr().out
    conflict = out.split("\n\n")[1]
    assert conflict.startswith("1. [error] creation of Alpha Council (fact.date-conflict, confidence ")
    assert "why: 2 claims give 2002 and 1 claim gives 2008; the dates do not overlap" in conflict
    # Documents by path (as loaded; the id would be "a:1"), timeline entries marked, the claim that
    # disagrees marked ≠, dates as prose.
    claims = conflict.splitlines()[2:]
    assert [line[3] for line in claims] == [" ", " ", "≠"]
    assert claims[0].endswith("a.txt:1  2002: The Alpha Council was founded in 2002 to discuss security.")
    assert claims[1].endswith("b.txt:3 (timeline)  28 May 2002: 2002 May 28, creation of Alpha Council")
    assert claims[2].endswith("b.txt:4 (timeline)  2008: 2008 – Creation of Alpha Council")


def test_no_conflict_exits_zero(write_text, capsys):
    path = write_text("The Alpha Council was founded in 2002.\n", "one.txt")
    assert main(["facts", str(path)]) == 0
    assert "1 dated claims, 0 conflicts" in capsys.readouterr().out


@pytest.mark.parametrize("suffix, magic", [pytest.param(".svg", b"<?xml", id="svg"), pytest.param(".png", b"\x89PNG", id="png")])
def test_plot_is_written(papers, tmp_path, capsys, suffix, magic):
    target = tmp_path / f"timeline{suffix}"
    main(["facts", *papers, "--plot", str(target)])
    assert target.read_bytes().startswith(magic)
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's private 0600


def test_png_plot_is_byte_identical_between_runs(papers, tmp_path, capsys):
    one, two = tmp_path / "1.png", tmp_path / "2.png"
    main(["facts", *papers, "--plot", str(one)])
    main(["facts", *papers, "--plot", str(two)])
    assert one.read_bytes() == two.read_bytes()


def test_svg_plot_is_byte_identical_between_runs(papers, tmp_path, capsys):
    one, two = tmp_path / "1.svg", tmp_path / "2.svg"
    main(["facts", *papers, "--plot", str(one)])
    main(["facts", *papers, "--plot", str(two)])
    assert one.read_bytes() == two.read_bytes()


def test_plot_refuses_to_clobber_and_bad_suffix(papers, tmp_path, capsys):
    target = tmp_path / "t.svg"
    target.write_text("mine")
    assert main(["facts", *papers, "--plot", str(target)]) == 2
    out, err = capsys.readouterr()
    assert "--force" in err and out == ""  # refused before anything was listed
    assert target.read_text() == "mine"
    assert main(["facts", *papers, "--plot", str(tmp_path / "t.pdf")]) == 2
    assert ".svg or .png" in capsys.readouterr().err


def test_missing_path_is_one_line_exit_2(tmp_path, capsys):
    assert main(["facts", str(tmp_path / "nope.txt")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
