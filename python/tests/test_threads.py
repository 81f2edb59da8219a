"""The GIL is released while the parser runs, so other Python threads go on meanwhile."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import speechmark
from test_spans import TEXT

# Large enough that a parse takes a good fraction of a second on a slow machine.
BIG = TEXT * 40000


def test_other_threads_run_during_a_parse():
    ticks = []
    stop = threading.Event()

    def spin():
        while not stop.is_set():
            ticks.append(time.perf_counter())

    spinner = threading.Thread(target=spin)
    spinner.start()
    try:
        time.sleep(0.01)
        start = time.perf_counter()
        speechmark.parse(BIG)
        end = time.perf_counter()
    finally:
        stop.set()
        spinner.join()
    # Had the parse held the GIL, the spinner could not have run in the middle of it.
    margin = (end - start) * 0.2
    inside = [t for t in ticks if start + margin < t < end - margin]
    assert inside, f"no Python thread ran during a {end - start:.3f}s parse"


def test_parses_in_threads_agree():
    texts = [TEXT * n for n in range(1, 9)]
    with ThreadPoolExecutor(4) as pool:
        docs = list(pool.map(speechmark.parse, texts))
    assert docs == [speechmark.parse(t) for t in texts]
    assert [len(d.turns()) for d in docs] == list(range(1, 9))
