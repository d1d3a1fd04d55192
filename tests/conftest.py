"""Test-wide settings: no test touches the user's cache or configuration, or the internet."""

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("refnorm", deadline=None, suppress_health_check=[HealthCheck.too_slow])
# CI explores the same examples on every run of a commit, so its verdict is the one the commit got locally;
# developers' runs stay random and keep finding new inputs (run `pytest --hypothesis-seed=N` to widen the search).
settings.register_profile("ci", parent=settings.get_profile("refnorm"), derandomize=True, database=None)
settings.load_profile("ci" if os.environ.get("CI") else "refnorm")


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory, monkeypatch):
    for var in list(os.environ):
        if var.startswith("REFNORM_"):
            monkeypatch.delenv(var)
    monkeypatch.setenv("REFNORM_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "refnorm-cache"))
    monkeypatch.setenv("NO_COLOR", "1")
