"""write_atomic: no clobbering without force, no partial files, readable modes."""

from __future__ import annotations

import os
import stat

import pytest

from checker.cli.files import write_atomic
from checker.errors import OutputError


def test_refuses_to_replace_without_force(tmp_path):
    target = tmp_path / "references.bib"
    target.write_text("user's own bibliography")
    with pytest.raises(OutputError, match="already exists; pass --force"):
        write_atomic(target, "new", force=False)
    assert target.read_text() == "user's own bibliography"


def test_replaces_with_force_and_keeps_mode(tmp_path):
    target = tmp_path / "report.md"
    target.write_text("old")
    os.chmod(target, 0o640)
    write_atomic(target, "new", force=True)
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_new_file_is_not_private_and_leaves_no_temporaries(tmp_path):
    target = tmp_path / "sub" / "report.json"
    write_atomic(target, "{}")
    assert stat.S_IMODE(target.stat().st_mode) & 0o044
    assert [p.name for p in target.parent.iterdir()] == ["report.json"]


def test_a_folder_in_the_way_is_an_output_error(tmp_path):
    (tmp_path / "out.md").mkdir()
    with pytest.raises(OutputError, match="is a folder"):
        write_atomic(tmp_path / "out.md", "x")
