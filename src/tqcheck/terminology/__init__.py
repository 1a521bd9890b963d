"""Terminology: the desk's glossary and how a translation must use it."""

from tqcheck.terminology.glossary import read_glossary
from tqcheck.types import GlossaryEntry

__all__ = ["GlossaryEntry", "read_glossary"]
