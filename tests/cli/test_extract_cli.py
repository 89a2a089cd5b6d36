"""``citecheck extract`` through the entry point: JSON contract, summary, exit codes."""

from __future__ import annotations

import json

from checker.cli import main


def test_extract_json_on_the_seeds(seeds_dir, capsys):
    assert main(["extract", str(seeds_dir), "--json"]) == 0
    out, err = capsys.readouterr()
    payload = json.loads(out)
    assert err == ""
    assert payload["schema"] == "citecheck/extract/1"
    docs = {d["id"][:3]: d for d in payload["documents"]}
    assert [len(docs[k]["notes"]) for k in ("000", "001", "002")] == [39, 14, 3]
    assert [len(docs[k]["markers"]) for k in ("000", "001", "002")] == [57, 23, 4]
    assert docs["000"]["notes"][0] == {
        "number": 1, "text": "\"A Short History Of NATO\" (National Public Radio, 14 July 2018).",
        "page": 1, "line": 106, "lines": [106], "markers": [{"line": 81, "page": 1}]}
    assert docs["000"]["id"] == docs["000"]["path"].rsplit("/", 1)[-1][: -len(".txt")]
    wheres = {u["where"] for u in docs["001"]["urls"]}
    assert {"list", "note 13", "note 14", "note 15", "note 16", "note 21"} <= wheres
    assert len(docs["002"]["in_text_citations"]) == 16


def test_extract_json_is_byte_identical_between_runs(seeds_dir, capsys):
    main(["extract", str(seeds_dir), "--json"])
    first = capsys.readouterr().out
    main(["extract", str(seeds_dir), "--json"])
    assert capsys.readouterr().out == first


def test_extract_summary_is_readable(seeds_dir, capsys):
    assert main(["extract", str(seeds_dir / "002_928355149b8da4a0.txt")]) == 0
    out = capsys.readouterr().out
    assert "002_928355149b8da4a0.txt" in out
    assert "author-year citations: 16" in out
    assert "cite.no-reference-list: 1" in out


def test_extract_reads_cp1250_and_crlf(tmp_path, capsys):
    path = tmp_path / "czech.txt"
    text = "Rusko vstoupilo v roce 1997.1 Dostupné z: <http://example.cz/a>\r\n" + " " * 40 + "\r\n1 Iždinský, Použitá literatura, 5.\r\n"
    path.write_bytes(text.encode("cp1250"))
    assert main(["extract", str(path), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)["documents"][0]
    assert doc["encoding"] == "cp1250"
    assert doc["notes"][0]["text"] == "Iždinský, Použitá literatura, 5."
    assert doc["urls"][0]["url"] == "http://example.cz/a"


def test_extract_help_names_the_command(capsys):
    try:
        main(["extract", "--help"])
    except SystemExit as exc:
        assert exc.code == 0
    assert "--json" in capsys.readouterr().out
