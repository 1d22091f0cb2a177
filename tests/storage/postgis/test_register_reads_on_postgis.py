"""test_register_reads on a register."""

from ..test_register_reads import *  # noqa: F403
