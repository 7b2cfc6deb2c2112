"""The sample shop's random source: `random.Random`, with the draws it makes most cheaper.

Why: a sample shop of 1,000,000 customers makes ~100 million draws (ten purchases a
customer, each with a price, goods, a time, who served), and `random.Random`'s
integer draws (`choice`, `randrange`, `randint`, `sample`) go through
`_randbelow`, a Python loop over `getrandbits` that cost ~15 % of the generator's time,
and `lognormvariate` through a rejection loop. Here an integer below n is
`int(random() * n)` (n is always far below 2**53, so the bias is nil for a sample),
and a log-normal value is `exp(gauss())`. Still one seeded Mersenne Twister, so the
same seed gives the same book; the book is not the one `random.Random` gave.

The normal deviates come from `normal`, a generator's `__next__` that the generator's
hot loops call directly (one C call instead of two Python calls per price): it makes
them exactly as `random.Random.gauss` does — a pair from two `random()` draws, the
cosine one first, the sine one kept for the next call — so the values and the stream of
draws are the same as with `gauss`. `gauss` and `lognormvariate` draw from it too; the
kept half-pair is the generator's, not `gauss_next`, so `getstate`/`setstate` do not
carry it (the generator never uses them).
"""
from __future__ import annotations

import math
import random
from typing import Callable, Iterator

_TWOPI = 2.0 * math.pi  # random.TWOPI


class SampleRandom(random.Random):
    """A seeded `random.Random` whose integer and log-normal draws are one `random()` each."""

    normal: Callable[[], float]  # the next standard normal deviate

    def seed(self, *args, **kwargs) -> None:  # type: ignore[override]
        super().seed(*args, **kwargs)
        self.normal = self._normals().__next__

    def _normals(self) -> Iterator[float]:
        random_ = self.random
        cos, sin, sqrt, log = math.cos, math.sin, math.sqrt, math.log
        while True:  # random.Random.gauss, statement for statement
            x2pi = random_() * _TWOPI
            g2rad = sqrt(-2.0 * log(1.0 - random_()))
            yield cos(x2pi) * g2rad
            yield sin(x2pi) * g2rad

    def gauss(self, mu: float = 0.0, sigma: float = 1.0) -> float:
        return mu + self.normal() * sigma

    def _randbelow(self, n: int) -> int:  # used by shuffle
        return int(self.random() * n)

    def sample(self, population, k, *, counts=None):  # type: ignore[override]
        """`random.Random.sample`'s own steps (the same draws) for a list or tuple, without
        its calls to `_randbelow`."""
        if counts is not None or not isinstance(population, (list, tuple)):
            return super().sample(population, k, counts=counts)
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        random_ = self.random
        result = []
        setsize = 21  # size of a small set minus size of an empty list
        if k > 5:
            setsize += 4 ** math.ceil(math.log(k * 3, 4))
        if n <= setsize:  # a pool: each pick takes the last one's place
            pool = list(population)
            for i in range(k):
                j = int(random_() * (n - i))
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
        else:  # a set of the indexes taken
            selected: set[int] = set()
            for _ in range(k):
                j = int(random_() * n)
                while j in selected:
                    j = int(random_() * n)
                selected.add(j)
                result.append(population[j])
        return result

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
        return math.exp(mu + self.normal() * sigma)
