"""Recommendation letters: who gets one (consent respected) and what it says (templates with merge fields).
"""
