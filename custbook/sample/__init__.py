"""The sample shop: a made-up clothing shop with years of history, for trying Custbook and for tests.
"""
