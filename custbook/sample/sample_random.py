"""The sample shop's random source: `random.Random`, with the draws it makes most cheaper.

Why: a sample shop of 1,000,000 customers makes ~100 million draws (ten purchases a
customer, each with a price, goods, a time, who served), and `random.Random`'s
integer draws (`choice`, `randrange`, `randint`, `sample`) go through
`_randbelow`, a Python loop over `getrandbits` that cost ~15 % of the generator's time,
and `lognormvariate` through a rejection loop. Here an integer below n is
`int(random() * n)` (n is always far below 2**53, so the bias is nil for a sample),
and a log-normal value is `exp(gauss())`. Still one seeded Mersenne Twister, so the
same seed gives the same book; the book is not the one `random.Random` gave.
"""
from __future__ import annotations

import math
import random


class SampleRandom(random.Random):
    """A seeded `random.Random` whose integer and log-normal draws are one `random()` each."""

    def _randbelow(self, n: int) -> int:  # used by shuffle and sample
        return int(self.random() * n)

    def choice(self, seq):  # type: ignore[override]
        return seq[int(self.random() * len(seq))]

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:  # type: ignore[override]
        if stop is None:
            start, stop = 0, start
        if step != 1:
            return start + step * int(self.random() * ((stop - start + step - 1) // step))
        return start + int(self.random() * (stop - start))

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def lognormvariate(self, mu: float, sigma: float) -> float:
        return math.exp(self.gauss(mu, sigma))
