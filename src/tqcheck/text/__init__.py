"""Language-independent text helpers: sentence spans, word tokens with offsets."""
