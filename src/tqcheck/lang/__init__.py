"""Per-language knowledge. Checks ask questions here; the answers come from data files
under lang/data/ and, where an Apertium analyser is installed, from its morphology."""

from tqcheck.lang.profile import LanguageProfile, get_profile

__all__ = ["LanguageProfile", "get_profile"]
