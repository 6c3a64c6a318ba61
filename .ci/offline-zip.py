#!/usr/bin/env python3
"""Writes the built site (dist/) as one zip for a school's own server or a USB key (issue 17, requirement 20).

usage: .ci/offline-zip.py DIST OUT.zip

The zip holds a `cloudfall/` folder with the site, and README.txt and LISEZMOI.txt beside it (from docs/offline/),
which say how to open it: browsers refuse WebAssembly from file://, so it needs a static server. Python's zipfile,
so `make zip` needs no `zip` program. Files are written in a fixed order with a fixed date, so two zips of the same
build are the same bytes.
"""

import sys
import zipfile
from pathlib import Path

# 1 January 2026: zip dates cannot be earlier than 1980, and a fixed one keeps the archive reproducible.
DATE = (2026, 1, 1, 0, 0, 0)


def add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data, compresslevel=9)


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    dist, out = Path(sys.argv[1]), Path(sys.argv[2])
    repo = Path(__file__).resolve().parent.parent
    if not (dist / "index.html").is_file() or not any(dist.glob("*.wasm")):
        print(f"{dist} has no built site (index.html and a .wasm file): run `make dist` first", file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    files = sorted(path for path in dist.rglob("*") if path.is_file() and path.resolve() != out.resolve())
    with zipfile.ZipFile(out, "w") as archive:
        for text in ("README.txt", "LISEZMOI.txt"):
            add(archive, text, (repo / "docs" / "offline" / text).read_bytes())
        for path in files:
            add(archive, "cloudfall/" + path.relative_to(dist).as_posix(), path.read_bytes())
    size = out.stat().st_size
    print(f"{out}: {len(files)} files of the site, {size / 1_000_000:.1f} MB; README.txt and LISEZMOI.txt say how to open it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
