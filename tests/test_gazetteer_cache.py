"""The gazetteer's alias index kept on disk: read when its inputs are unchanged, built otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from refuge.gazetteer import cache
from refuge.gazetteer.build import Alias, Index, build_index
from refuge.records import Place


def small_index() -> Index:
    tumen = Place("Tumen", "CN", geonames_id=2034340)
    return Index({"tumen": Alias("latin")}, {}, {2034340: "CN.05"}, {"CN": "China"}, {"CN": tumen})


@pytest.fixture
def builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Index]:
    monkeypatch.setenv("REFUGE_CACHE_DIR", str(tmp_path / "cache"))
    return []


def counted(builds: list[Index]) -> Index:
    builds.append(small_index())
    return builds[-1]


def test_a_second_process_reads_the_index_instead_of_building_it(builds: list[Index]) -> None:
    first = cache.cached_index(lambda: counted(builds))
    second = cache.cached_index(lambda: counted(builds))
    assert first == second == small_index()
    assert len(builds) == 1


def test_a_changed_input_builds_a_new_index(
    builds: list[Index], monkeypatch: pytest.MonkeyPatch
) -> None:
    cache.cached_index(lambda: counted(builds))
    inputs = list(cache._inputs())
    monkeypatch.setattr(cache, "_inputs", lambda: iter([*inputs, ("overlay.toml", b"edited")]))
    cache.cached_index(lambda: counted(builds))
    assert len(builds) == 2


def test_a_damaged_cache_file_is_built_again(builds: list[Index]) -> None:
    cache.cached_index(lambda: counted(builds))
    (written,) = cache.cache_dir().iterdir()
    written.write_bytes(b"not a pickle")
    assert cache.cached_index(lambda: counted(builds)) == small_index()
    assert len(builds) == 2


def test_an_unwritable_cache_still_gives_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("REFUGE_CACHE_DIR", str(blocker / "cache"))
    assert cache.cached_index(small_index) == small_index()


def test_the_cached_index_is_the_built_one(builds: list[Index]) -> None:
    built = build_index()
    cache.cached_index(build_index)
    assert cache.cached_index(lambda: counted(builds)) == built
    assert builds == []
