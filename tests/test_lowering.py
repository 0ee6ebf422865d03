"""lexicon.ascii_lower lowers long text a chunk at a time (str.lower's working buffer is 12
bytes a character beyond ASCII: most of the peak memory on a 100 MB input); the chunks must
give exactly what one call gives, contextual lowerings (Greek final sigma) and the
length-changing fallback ("İ") included."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from agendactl.rules.lexicon import ascii_lower

# letters whose lowering depends on context or changes length, case-ignorable marks, spaces
_ALPHABET = st.sampled_from(list("aB xΣσςİßΩǄ.'’\n") + ["\u0301", "\u00ad", "\u2019"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join), st.integers(1, 9))
def test_chunked_lowering_equals_one_call(text, chunk):
    assert ascii_lower(text, chunk) == ascii_lower(text, 10**9)


def test_offsets_kept_and_fallback():
    assert ascii_lower("ΟΔΟΣ ΟΔΟΣ", 3) == "ΟΔΟΣ ΟΔΟΣ".lower()  # final sigmas, as one call gives
    assert ascii_lower("İstanbul TODAY " * 3, 4) == "İstanbul today " * 3  # A-Z only
    assert len(ascii_lower("x " * 1000, 7)) == 2000
