"""Memory freed after a large read given back to the system.

Reading a register of 1,000,000 plots makes and drops hundreds of megabytes of buffers
and objects; glibc's allocator keeps much of what was freed in its heaps for later, so
the window would hold 150 MB it no longer uses. ``malloc_trim`` hands it back. Other C
libraries (and other systems) have no such call: nothing is done there.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from functools import cache


@cache
def _trim():  # noqa: ANN202 - a ctypes function or None
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None


def give_back_free_memory() -> None:
    """Collect garbage, then return the allocator's free memory to the system (glibc)."""
    gc.collect()
    trim = _trim()
    if trim is not None:
        trim(0)
