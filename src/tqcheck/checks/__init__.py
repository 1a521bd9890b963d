"""Checks: each reads one document with its analyses and translations and yields findings."""

from tqcheck.checks.base import Check, DocumentContext
from tqcheck.checks.registry import ALL_CHECKS, checks_for

__all__ = ["ALL_CHECKS", "Check", "DocumentContext", "checks_for"]
