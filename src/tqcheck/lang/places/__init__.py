"""Places across languages: the table (places/table.py: the CLDR and the language data), the
gazetteer that finds them in source text (places/gazetteer.py), and their English in a
translation (places/english.py)."""

from tqcheck.lang.places.english import EnglishPlaces, english_places, rendering
from tqcheck.lang.places.gazetteer import Gazetteer, PlaceMention, gazetteer
from tqcheck.lang.places.table import Place, english_place_names, places_for

__all__ = [
    "EnglishPlaces",
    "Gazetteer",
    "Place",
    "PlaceMention",
    "english_place_names",
    "english_places",
    "gazetteer",
    "places_for",
    "rendering",
]
