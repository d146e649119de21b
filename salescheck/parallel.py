"""Spreading parse-and-check work over worker processes.

Workers are forked after the parent has loaded the spaCy pipeline, so each shares the
loaded model instead of loading its own; where fork is not available the work runs in
this process.

While workers run, what the parent made before forking them (the pipeline above all) is
frozen out of garbage collection (gc.freeze, as Python's documentation advises before a
fork): otherwise a worker's full collections walk all of the pipeline's objects, writing
to each and so copying the memory pages it shares with the parent. (In one process it
does not help: with nothing left in the oldest generation, full collections come far
more often.)"""

from __future__ import annotations

import gc
import multiprocessing
import os
from typing import Callable, Sequence

# below this many words, starting workers costs more than it saves
MIN_WORDS_PER_WORKER = 20_000
# each batch takes this share of the words still to hand out, per worker, but no fewer
# words than MIN_BATCH_WORDS (a few documents: each batch costs a hand-off)
SHARE_PER_BATCH = 1 / 3
MIN_BATCH_WORDS = 2_000

_work: tuple[Callable, Sequence] | None = None


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def map_batches(function: Callable, items: Sequence, sizes: Sequence[int], jobs: int) -> list:
    """`function(batch)` for batches of `items`, results in the order of `items`.
    `sizes` (e.g. word counts) balance the batches."""
    jobs = max(1, min(jobs, sum(sizes) // MIN_WORDS_PER_WORKER))
    if jobs == 1 or "fork" not in multiprocessing.get_all_start_methods():
        return function(list(items))
    batches = _guided(sizes, jobs)
    results = _in_workers(function, items, batches, jobs)
    ordered: list = [None] * len(items)
    for batch, result in zip(batches, results):
        for index, value in zip(batch, result):
            ordered[index] = value
    return ordered


def _in_workers(function: Callable, items: Sequence, batches: list[list[int]], jobs: int) -> list:
    global _work
    _work = (function, items)
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            return pool.map(_run_batch, batches, chunksize=1)
    finally:
        gc.unfreeze()
        _work = None


def _run_batch(indices: list[int]) -> list:
    function, items = _work
    return function([items[i] for i in indices])


def _guided(sizes: Sequence[int], jobs: int) -> list[list[int]]:
    """Contiguous batches (contiguous keeps a folder's documents together, which helps
    spaCy's batching), large first and smaller as the work runs out. Workers take the
    next batch when they finish one, and documents of the same length can differ
    severalfold in cost: with equal batches a worker could be left alone with the last
    big one (in one run, 3 of 14 seconds with the other core idle); small last batches
    let the workers finish together."""
    remaining = sum(sizes)
    batches: list[list[int]] = []
    current: list[int] = []
    filled = 0
    target = max(MIN_BATCH_WORDS, remaining * SHARE_PER_BATCH / jobs)
    for index, size in enumerate(sizes):
        current.append(index)
        filled += size
        if filled >= target:
            batches.append(current)
            remaining -= filled
            current, filled = [], 0
            target = max(MIN_BATCH_WORDS, remaining * SHARE_PER_BATCH / jobs)
    if current:
        batches.append(current)
    return batches
