#!/usr/bin/env python3
"""Format checks for eval/answers/writing-holdout-7.tsv (never runs naitei, never reads the rules).

Reuses check_writing_holdout2.check with this set's ids (x001...), its length range (80-170 characters)
and its reviewed noun-enumeration traps; the checks and span conventions are those of
README-writing-holdout-2.md (see README-writing-holdout-7.md).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_writing_holdout2 import check  # noqa: E402

# Rows whose only sentence with 4+ 読点 is a plain noun enumeration (reviewed: not a fault).
ENUMERATION_TRAPS = {"x014", "x044", "x058", "x089"}

if __name__ == "__main__":
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "writing-holdout-7.tsv")
    path = sys.argv[1] if len(sys.argv) > 1 else default
    sys.exit(check(path, prefix="x", enumeration_traps=ENUMERATION_TRAPS, max_len=170))
