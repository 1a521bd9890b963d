"""Terminology: the desk's glossary and how a translation must use it."""

from tqcheck.terminology.glossary import GlossaryEntry, read_glossary

__all__ = ["GlossaryEntry", "read_glossary"]
