"""``citecheck bib`` and ``citecheck parse`` through the command-line entry point."""

from __future__ import annotations

import io
import json

import bibtexparser

from checker.cli import main

NOTES = """Body text with a claim.1 More text.2

1 Wolfe, Thomas W. “The Warsaw Pact in Evolution” (London: Chatham House, 1966) 191.
2 Wolfe, “The Warsaw Pact in Evolution”, 194.
"""


def test_parse_json_reads_stdin(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("Ibid., 4.\n\nMorrison, Toni. Beloved. New York: Knopf, 1987.\n"))
    assert main(["parse", "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["kind"] for line in lines] == ["ibid", "full"]
    assert lines[1]["fields"]["publisher"] == "Knopf" and lines[1]["raw"].startswith("Morrison")


def test_parse_plain_listing(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("Morrison, Toni. Beloved. New York: Knopf, 1987.\n"))
    assert main(["parse"]) == 0
    assert "  author: Morrison, Toni" in capsys.readouterr().out


def test_bib_to_stdout_and_file_refuses_to_overwrite(tmp_path, capsys):
    doc = tmp_path / "paper.txt"
    doc.write_text(NOTES, encoding="utf-8")
    assert main(["bib", str(doc)]) == 0
    out = capsys.readouterr().out
    library = bibtexparser.parse_string(out)
    assert [e.key for e in library.entries] in ([], ["wolfe1966warsaw"])  # [] until notes are extracted
    target = tmp_path / "references.bib"
    target.write_text("mine", encoding="utf-8")
    assert main(["bib", str(doc), "-o", str(target)]) == 2
    assert "--force" in capsys.readouterr().err and target.read_text(encoding="utf-8") == "mine"
    assert main(["bib", str(doc), "-o", str(target), "--force", "--format", "csljson"]) == 0
    assert isinstance(json.loads(target.read_text(encoding="utf-8")), list)


def test_bib_missing_file_is_exit_2(tmp_path, capsys):
    assert main(["bib", str(tmp_path / "nope.txt")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
