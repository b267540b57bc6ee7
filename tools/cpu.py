#!/usr/bin/env python3
"""tools/cpu.py DIR BIN... : the whole command as a user runs it: CPU time (user+sys) of `BIN --json --jobs 1 DIR`, alternating binaries, min of 7."""
import sys, subprocess, resource, os
d = sys.argv[1]; bins = sys.argv[2:]; best = {b: 1e9 for b in bins}
extra = os.environ.get('ARGS', '').split()
for _ in range(7):
    for b in bins:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([b, '--json', '--jobs', '1'] + extra + [d], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best[b] = min(best[b], t)
for b in bins: print(f"{best[b]:.3f}s  {b}")
