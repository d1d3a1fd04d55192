"""Test-wide settings: no test touches the user's cache or configuration, or the internet."""

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("refnorm", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("refnorm")


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory, monkeypatch):
    for var in list(os.environ):
        if var.startswith("REFNORM_"):
            monkeypatch.delenv(var)
    monkeypatch.setenv("REFNORM_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "refnorm-cache"))
    monkeypatch.setenv("NO_COLOR", "1")
