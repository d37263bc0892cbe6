from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Speed is measured by the benchmarks, not by tests: a property test on a busy CI machine must
# not fail because one example took longer than Hypothesis's default 200 ms.
settings.register_profile("refuge", deadline=None)
settings.load_profile("refuge")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"the shared corpus is expected beside the checkout, at {SHARED}")
    return SHARED


@pytest.fixture()
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'refuge.db'}"
