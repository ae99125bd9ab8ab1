"""Packaging tests: the `bundle` marker (slow: builds the PyInstaller bundle, opt-in)."""

from __future__ import annotations


def pytest_configure(config) -> None:
    config.addinivalue_line(
        "markers",
        "bundle: builds and runs the PyInstaller bundle (slow; needs REPORTDESK_BUILD_BUNDLE=1)",
    )
