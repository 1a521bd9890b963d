"""Which neural model to use for a language pair, and the language codes multilingual models
expect.

OPUS-MT (Marian) models are one direction each and best where they exist; NLLB-200 covers the
long tail in one model. M2M100 takes plain ISO codes.
"""

from __future__ import annotations

# Directions with a published Helsinki-NLP OPUS-MT model.
OPUS_MT_PAIRS = frozenset(
    {
        ("mk", "en"),
        ("en", "mk"),
        ("bg", "en"),
        ("ru", "en"),
        ("en", "ru"),
        ("de", "en"),
        ("en", "de"),
        ("fr", "en"),
        ("en", "fr"),
        ("es", "en"),
        ("en", "es"),
        ("zh", "en"),
        ("en", "zh"),
        ("uk", "en"),
        ("en", "uk"),
        ("sl", "en"),
        ("it", "en"),
        ("en", "it"),
    }
)
NLLB_DEFAULT = "facebook/nllb-200-distilled-600M"

# FLORES-200 codes, as NLLB's tokenizer names its language tokens.
NLLB_CODES = {
    "mk": "mkd_Cyrl",
    "sr": "srp_Cyrl",
    "hr": "hrv_Latn",
    "bs": "bos_Latn",
    "sl": "slv_Latn",
    "bg": "bul_Cyrl",
    "ru": "rus_Cyrl",
    "uk": "ukr_Cyrl",
    "be": "bel_Cyrl",
    "pl": "pol_Latn",
    "cs": "ces_Latn",
    "sk": "slk_Latn",
    "en": "eng_Latn",
    "de": "deu_Latn",
    "fr": "fra_Latn",
    "es": "spa_Latn",
    "it": "ita_Latn",
    "pt": "por_Latn",
    "ca": "cat_Latn",
    "ro": "ron_Latn",
    "nl": "nld_Latn",
    "sq": "als_Latn",
    "el": "ell_Grek",
    "tr": "tur_Latn",
    "zh": "zho_Hans",
    "ja": "jpn_Jpan",
    "ko": "kor_Hang",
    "ar": "arb_Arab",
    "hu": "hun_Latn",
    "fi": "fin_Latn",
    "sv": "swe_Latn",
    "da": "dan_Latn",
    "nb": "nob_Latn",
}


def default_model(src: str, tgt: str) -> str:
    """The hub id `--engine auto` looks for first for src->tgt."""
    if (src, tgt) in OPUS_MT_PAIRS:
        return f"Helsinki-NLP/opus-mt-{src}-{tgt}"
    return NLLB_DEFAULT


def nllb_code(lang: str) -> str | None:
    """The NLLB token for an ISO 639-1 code; a code already in NLLB form passes through."""
    if "_" in lang:
        return lang
    return NLLB_CODES.get(lang)
