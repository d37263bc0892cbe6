"""Public surfaces stay honest: every command has help and is in the README."""

from __future__ import annotations

import re
from pathlib import Path

from typer.main import get_command
from typer.testing import CliRunner

from refuge.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    return sorted(get_command(app).commands)  # type: ignore[attr-defined]


def test_every_command_has_help_text() -> None:
    runner = CliRunner()
    for name in _commands():
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        assert len(result.output.strip().splitlines()) > 3, name


def test_every_command_is_documented_in_the_readme() -> None:
    for name in _commands():
        assert f"`refuge {name}" in README, f"refuge {name} is not in the README"


def test_the_readme_commands_exist() -> None:
    documented = set(re.findall(r"`refuge ([a-z]+)", README))
    assert documented <= set(_commands())


def test_the_quick_start_has_exactly_two_commands() -> None:
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", quick, re.S)
    assert len(blocks) == 2
    assert all(len(b.strip().splitlines()) == 1 for b in blocks)
    assert "refuge run samples/docs/" in blocks[0]
    assert "pytest" in blocks[1]
