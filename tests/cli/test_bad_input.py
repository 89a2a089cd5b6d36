"""Bad input through the entry point: one clear stderr line, exit code 2, never a traceback."""

from __future__ import annotations

import json
import os

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


def _huge(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: seeking past the limit costs no disk or time
        handle.seek(40 * 2**20)
        handle.write(b"x")
    return [str(path)]


def _utf16_whitespace(tmp_path):
    path = tmp_path / "blank16.txt"
    path.write_bytes("  \n\t \n".encode("utf-16"))
    return [str(path)]


def _fifo(tmp_path):
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    return [str(path)]


def _device(tmp_path):
    return ["/dev/null"]


def _unreadable_folder(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every folder; permissions cannot make one unreadable")
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.txt").write_text("Some text.", encoding="utf-8")
    folder.chmod(0)
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
        pytest.param(_huge, "over the 32 MiB limit", id="file_over_the_size_limit"),
        pytest.param(_utf16_whitespace, "empty", id="utf16_whitespace_only"),
        pytest.param(_fifo, "not a regular file", id="fifo"),
        pytest.param(_device, "not a regular file", id="device"),
        pytest.param(_unreadable_folder, "permission denied", id="unreadable_folder"),
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


@pytest.mark.parametrize(
    "encoding", [pytest.param("utf-16", id="with_bom"), pytest.param("utf-16-le", id="le_without_bom"),
                 pytest.param("utf-16-be", id="be_without_bom")],
)
def test_utf16_file_is_not_bad_input(tmp_path, capsys, encoding):
    path = tmp_path / "u16.txt"
    path.write_bytes("Použitá literatura\nNOVÁK, Jan. Dějiny. Praha: Academia, 2010.\n".encode(encoding))
    assert main(["extract", str(path), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)["documents"][0]
    assert doc["bibliography"][0]["text"] == "NOVÁK, Jan. Dějiny. Praha: Academia, 2010."


def test_unknown_option_exits_2(capsys):
    assert main(["extract", "--no-such-option", "x"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
