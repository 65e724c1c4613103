#!/usr/bin/env bash
# Browser check of the web UI (CI runs it): starts `marsad demo` on a free local port, renders the
# dashboard in headless Chromium (Debian's package), and checks that the screenshot is not blank, that the
# rendered page has the SVG marks of the timeline and the network, and that a text search finds the
# expected article and not an unrelated one. Needs a built `marsad` (debug or release) and chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${MARSAD:-$(swift build --show-bin-path)/marsad}
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "browser-check: chromium not installed" >&2; exit 2; }
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
"$bin" demo --port "$port" --database "$work/demo.sqlite" 2>"$work/server.log" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$port/health" >/dev/null || { cat "$work/server.log" >&2; exit 1; }
flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars --window-size=1280,2400)
"$browser" "${flags[@]}" --screenshot="$work/page.png" "http://127.0.0.1:$port/" 2>/dev/null
"$browser" "${flags[@]}" --dump-dom "http://127.0.0.1:$port/" 2>/dev/null > "$work/page.html"
q=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("اتفاقية"))')
"$browser" "${flags[@]}" --dump-dom "http://127.0.0.1:$port/?q=$q" 2>/dev/null > "$work/search.html"
python3 - "$work" <<'PY'
import re, struct, sys, zlib
work = sys.argv[1]
# Screenshot: decode the PNG (8-bit RGB/RGBA, no interlace) and count distinct colours.
data = open(f"{work}/page.png", "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "screenshot is not a PNG"
pos, idat, width, height, ctype = 8, b"", 0, 0, 0
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
raw = zlib.decompress(idat)
bpp = 4 if ctype == 6 else 3
stride = width * bpp
rows, prev = [], bytearray(stride)
for r in range(height):  # undo the PNG row filters (None, Sub, Up, Average, Paeth)
    f, line = raw[r * (stride + 1)], bytearray(raw[r * (stride + 1) + 1:(r + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b = prev[i]
        c = prev[i - bpp] if i >= bpp else 0
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p0 = a + b - c
            pa, pb, pc = abs(p0 - a), abs(p0 - b), abs(p0 - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(line)
    prev = line
colours = {bytes(rows[r][c * bpp:c * bpp + 3]) for r in range(0, height, 5) for c in range(0, width, 5)}
print(f"screenshot {width}x{height}: {len(colours)} distinct colours sampled")
assert len(colours) > 20, "screenshot looks blank"
page = open(f"{work}/page.html", encoding="utf-8").read()
marks = len(re.findall(r'<rect class="mark q[1-4]"', page))
nodes = len(re.findall(r'<circle class="node"', page))
edges = len(re.findall(r'<line class="edge"', page))
print(f"rendered dashboard: {marks} timeline marks, {nodes} network nodes, {edges} edges")
assert 'dir="rtl"' in page and marks >= 5 and nodes >= 5 and edges >= 5, "charts missing"
search = open(f"{work}/search.html", encoding="utf-8").read()
events = re.findall(r'<tr class="event[^"]*">.*?</tr>', search, re.S)
print(f"search «اتفاقية»: {len(events)} events")
assert any("توقعان" in e for e in events), "the Iran–Russia agreement (demo-01) was not found"
assert not any("غارات" in e for e in events), "an unrelated article matched"
print("browser-check: ok")
PY
