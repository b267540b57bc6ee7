#!/usr/bin/env python3
"""tools/hostile_html.py [--bin BIN] [--scales 1,10,100] [--timeout S] [SHAPE...]

The crafted HTML shapes of issue 14, generated at 1x, 10x and 100x (100x is the size
the issue measured), each timed as `BIN --json FILE` (CPU time user+sys and peak RSS,
from /usr/bin/time), beside an ordinary page of the same size (real paragraphs inside
an <article>). Prints one line per shape and scale: seconds, MB, and the ratios to the
ordinary page. BIN defaults to target/release/examples/clean.
"""
import argparse, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "tests", "data", "golden", "fox-sessions", "input.txt")

# name -> function of the count at 100x (the issue's), returning the page for a scale.
SHAPES = {
    "div-td": lambda n: "<body>" + "<div><td>" * n + "x",
    "div-tr": lambda n: "<body>" + "<div><tr>" * n + "x",
    "form": lambda n: "<form><div></form>" * n,
    "td": lambda n: "<td><div></td>" * n,
    "tbody": lambda n: "<tbody><div></tbody>" * n,
    "caption": lambda n: "<caption><div></caption>" * n,
    "colgroup": lambda n: "<colgroup><span></colgroup>" * n,
    "select": lambda n: "<div><select></div></select>" * n,
    "noscript": lambda n: "<div><noscript></div></noscript>" * n,
    "formatting": lambda n: "<p>" + "".join(f"<b class=c{i}></i>" for i in range(400)) + "<p>x" * n,
    "attributes": lambda n: "<div " + " ".join(f"a{i}=1" for i in range(n)) + ">x",
    "long-names": lambda n: "<body>"
    + "".join(f"<x-{'a' * 10000}{i}>" for i in range(40))
    + "<nav><a href=/>Home</a></nav>" * n,
    "divs-around-paragraphs": lambda n: "<body>" + "<div>" * 500 + "<p>x</p>" * n,
    "distinct-names": lambda n: "<body>" + "".join(f"<x-{i}>w</x-{i}>" for i in range(n)),
    "prefix-names": lambda n: "<body><div>" + "".join(f"<abc{i}>w</abc{i}>" for i in range(n)),
}

# The count of each shape at 100x.
FULL = {
    "div-td": 110000,
    "div-tr": 110000,
    "form": 55000,
    "td": 55000,
    "tbody": 55000,
    "caption": 36000,
    "colgroup": 36000,
    "select": 36000,
    "noscript": 27000,
    "formatting": 20000,
    "attributes": 100000,
    "long-names": 2000,
    "divs-around-paragraphs": 100000,
    "distinct-names": 800000,
    "prefix-names": 800000,
}


def ordinary(size):
    lines = [l for l in open(SAMPLE, encoding="utf-8").read().splitlines() if l.strip()]
    paragraphs = "".join(f"<p>{l}</p>\n" for l in lines)
    page = "<html><head><title>News</title></head><body><nav><a href=/>Home</a></nav><article>"
    while len(page) < size:
        page += paragraphs
    return page + "</article></body></html>"


def run(binary, path, timeout):
    cmd = ["/usr/bin/time", "-f", "%U %S %M", binary, "--json", path]
    try:
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout, text=True)
    except subprocess.TimeoutExpired:
        return None, None
    user, system, kb = p.stderr.strip().splitlines()[-1].split()
    return float(user) + float(system), int(kb) / 1000


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(HERE, "..", "target", "release", "examples", "clean"))
    ap.add_argument("--scales", default="1,10,100")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("shapes", nargs="*")
    args = ap.parse_args()
    names = args.shapes or list(SHAPES)
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            for scale in [int(s) for s in args.scales.split(",")]:
                n = max(1, FULL[name] * scale // 100)
                page = SHAPES[name](n)
                path = os.path.join(tmp, f"{name}-{scale}.html")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(page)
                base = os.path.join(tmp, f"ordinary-{scale}.html")
                with open(base, "w", encoding="utf-8") as f:
                    f.write(ordinary(len(page)))
                t, mb = run(args.bin, path, args.timeout)
                bt, bmb = run(args.bin, base, args.timeout)
                if t is None:
                    print(f"{name:24} {scale:>4}x {len(page) / 1e6:7.2f} MB  timeout (> {args.timeout:.0f} s)", flush=True)
                    continue
                print(
                    f"{name:24} {scale:>4}x {len(page) / 1e6:7.2f} MB  {t:7.2f} s {mb:7.0f} MB"
                    f"   ordinary {bt:5.2f} s {bmb:5.0f} MB   time {t / max(bt, 0.01):6.1f}x  peak {mb / bmb:5.1f}x",
                    flush=True,
                )


if __name__ == "__main__":
    sys.exit(main())
