"""Recommendation letters: choose who, write the letter, print one each."""
