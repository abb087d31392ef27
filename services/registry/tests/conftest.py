"""Fixtures of the registry's unit tests (the fakes live in registry_fakes.py, importable by the tests)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the helpers next to the tests: registry_fakes.py

from registry_fakes import FakeRegistryRepository


@pytest.fixture
def repository() -> FakeRegistryRepository:
    return FakeRegistryRepository()
