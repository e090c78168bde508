#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The icons: the app icon is drawn on GNOME's 128 px grid and renders at every size the desktop
asks for; the symbolic one is 16 px, and drawn only in filled shapes of #2e3436, which GTK
recolours to the text colour (a stroke or another colour would stay dark on a dark theme).

usage: check-icons.py APP-ICON.svg SYMBOLIC-ICON.svg"""

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
PAINTED = ("path", "rect", "circle", "ellipse", "polygon", "polyline", "line")


def style_of(element):
    """fill and stroke as given by attribute or style."""
    values = {key: element.get(key) for key in ("fill", "stroke")}
    for declaration in (element.get("style") or "").split(";"):
        if ":" in declaration:
            key, value = (part.strip() for part in declaration.split(":", 1))
            if key in values:
                values[key] = value
    return values


def size(root):
    return root.get("width"), root.get("height"), root.get("viewBox")


def renders(path, pixels):
    """rsvg-convert draws it at @pixels and writes a PNG of that size."""
    with tempfile.NamedTemporaryFile(suffix=".png") as png:
        result = subprocess.run(["rsvg-convert", "-w", str(pixels), "-h", str(pixels), path,
                                 "-o", png.name], capture_output=True, text=True)
        if result.returncode != 0:
            return False
        header = open(png.name, "rb").read(24)
        return (header[:8] == b"\x89PNG\r\n\x1a\n"
                and int.from_bytes(header[16:20], "big") == pixels
                and int.from_bytes(header[20:24], "big") == pixels)


def check_app(path):
    problems = []
    root = ET.parse(path).getroot()
    if size(root) != ("128", "128", "0 0 128 128"):
        problems.append(f"not on the 128 px grid: {size(root)}")
    colours = {style_of(e)["fill"] for e in root.iter() if e.tag[len(SVG):] in PAINTED}
    if len(colours - {None, "none"}) < 3:
        problems.append(f"a full-colour icon, yet only {colours}")
    for pixels in (16, 32, 64, 128, 256):
        if not renders(path, pixels):
            problems.append(f"does not render at {pixels} px")
    return problems


def check_symbolic(path):
    problems = []
    root = ET.parse(path).getroot()
    if size(root) != ("16", "16", "0 0 16 16"):
        problems.append(f"not 16 px: {size(root)}")
    shapes = 0
    for element in root.iter():
        tag = element.tag[len(SVG):] if element.tag.startswith(SVG) else element.tag
        if tag in ("image", "text", "linearGradient", "radialGradient", "filter"):
            problems.append(f"a symbolic icon holds a <{tag}>")
        if tag not in PAINTED:
            continue
        shapes += 1
        style = style_of(element)
        if (style["fill"] or "").lower() != "#2e3436":
            problems.append(f"<{tag}> is filled with {style['fill']}, not #2e3436")
        if style["stroke"] not in (None, "none"):
            problems.append(f"<{tag}> has a stroke ({style['stroke']}), which GTK does not recolour")
        if element.get("opacity") or re.search(r"opacity", element.get("style") or ""):
            problems.append(f"<{tag}> is translucent")
    if shapes == 0:
        problems.append("draws nothing")
    if not renders(path, 16):
        problems.append("does not render at 16 px")
    return problems


def main():
    app, symbolic = sys.argv[1:3]
    print("1..2")
    failed = False
    for number, (path, check) in enumerate([(app, check_app), (symbolic, check_symbolic)], 1):
        problems = check(path)
        failed = failed or bool(problems)
        print(f"{'not ok' if problems else 'ok'} {number} - {os.path.basename(path)}")
        for problem in problems:
            print(f"# {problem}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
