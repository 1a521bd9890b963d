"""The names check as a package: the check and its compare (check.py), one sentence pair's
view (sentence.py), word tests (words.py), the source's names the MT lost (source_names.py),
which MT word took their place (pairing.py), when a finding is sure (rules.py), and one name
spelled two ways (spelling.py)."""

from tqcheck.checks.entities.check import EntitiesCheck

__all__ = ["EntitiesCheck"]
