"""Shared test set-up: no test may open a network connection."""

from __future__ import annotations

import socket

import pytest


class NetworkAccessError(AssertionError):
    """Raised when code under test tries to reach the network."""


def _refuse(*args, **kwargs):
    raise NetworkAccessError(f"a test tried to open a network connection: {args!r}")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Fail any test that connects a socket anywhere but loopback (browser tests use it)."""
    if request.node.get_closest_marker("allow_loopback"):
        return
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """English output whatever the machine's locale (a French LANG picks French text)."""
    monkeypatch.setenv("LC_ALL", "C.UTF-8")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "allow_loopback: the test serves and fetches pages on 127.0.0.1 only"
    )
    config.addinivalue_line(
        "markers",
        "slow: takes seconds (signals, batches, files at the size cap); runs in plain pytest, "
        'deselect with -m "not slow" for a quick loop',
    )
