"""Language knowledge as data: lexicon files (data/), their loader and matcher, and `load_lexicons`."""
