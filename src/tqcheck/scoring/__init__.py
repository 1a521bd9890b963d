"""Scores: the reference-free QE score and reference metrics through sacrebleu."""
