"""Bad input through the entry point: one clear stderr line, exit code 2, never a traceback."""

from __future__ import annotations

import pytest

from checker.cli import main


def _missing(tmp_path):
    return [str(tmp_path / "nope.txt")]


def _empty(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    return [str(path)]


def _blank(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("\n   \n\n", encoding="utf-8")
    return [str(path)]


def _binary(tmp_path):
    path = tmp_path / "paper.txt"
    path.write_bytes(b"%PDF-1.7\n\x00\x00\x01\x02\xff\xfe binary stream")
    return [str(path)]


def _empty_folder(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(b"%PDF")
    return [str(folder)]


def _one_good_one_missing(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Some text.", encoding="utf-8")
    return [str(good), str(tmp_path / "missing.txt")]


@pytest.mark.parametrize(
    ("make", "words"),
    [
        pytest.param(_missing, "no such file or folder", id="missing_path"),
        pytest.param(_empty, "empty", id="empty_file"),
        pytest.param(_blank, "empty", id="whitespace_only_file"),
        pytest.param(_binary, "not a text file", id="binary_file"),
        pytest.param(_empty_folder, "holds no text files", id="folder_with_no_text"),
        pytest.param(_one_good_one_missing, "no such file or folder", id="one_of_two_missing"),
    ],
)
@pytest.mark.parametrize("command", [["extract"], ["extract", "--json"], ["check", "--offline"]])
def test_bad_input_exits_2_with_one_line(tmp_path, capsys, monkeypatch, make, words, command):
    monkeypatch.chdir(tmp_path)
    code = main([command[0], *make(tmp_path), *command[1:]])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("citecheck: error: ")
    assert words in err
    assert "Traceback" not in err


def test_cp1250_file_is_not_bad_input(tmp_path, capsys):
    path = tmp_path / "cz.txt"
    path.write_bytes("Použitá literatura: Iždinský, ďábelské ódy, kůň úpěl.".encode("cp1250"))
    assert main(["extract", str(path)]) == 0
    assert "cp1250" in capsys.readouterr().out


def test_unknown_option_exits_2(capsys):
    assert main(["extract", "--no-such-option", "x"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
