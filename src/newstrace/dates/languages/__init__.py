"""One grammar per language: word tables and the rules built from them."""
