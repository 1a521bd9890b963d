"""What a writer needs besides the report itself."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RenderOptions:
    # Findings at or above this severity fail a JUnit test case and are SARIF errors.
    fail_on: str = "major"
    # Where the input came from, for formats that name it (SARIF artifacts, report titles).
    label: str = "input"
