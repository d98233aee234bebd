"""Reads an SVG export, or a PNG made from one, independently of our code, and prints JSON.

  read_svg.py svg FILE   the element tree (namespace, local tag name, attributes, children) and
                         every <text>'s lines, parsed with expat (xml.etree), which refuses
                         anything not well-formed
  read_svg.py png FILE   size and colour statistics, decoded with zlib alone (8-bit RGB or RGBA)
"""

import json
import struct
import sys
import xml.etree.ElementTree as ET
import zlib

SVG_NS = "{http://www.w3.org/2000/svg}"


def local(name):
    return name.rsplit("}", 1)[-1]


def tree(e):
    return {
        "ns": e.tag[1:].split("}")[0] if e.tag.startswith("{") else "",
        "tag": local(e.tag),
        "attrib": dict(e.attrib),
        "children": [tree(child) for child in e],
    }


def read_svg(path):
    root = ET.parse(path).getroot()
    texts = [
        ["".join(span.itertext()) for span in text.iter(SVG_NS + "tspan")]
        for text in root.iter(SVG_NS + "text")
    ]
    title = root.find(SVG_NS + "title")
    desc = root.find(SVG_NS + "desc")
    return {
        "root": tree(root),
        "texts": texts,
        "title": "".join(title.itertext()) if title is not None else None,
        "desc": "".join(desc.itertext()) if desc is not None else None,
    }


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def unfilter(line, previous, kind, channels):
    for i in range(len(line)):
        a = line[i - channels] if i >= channels else 0
        b, c = previous[i], previous[i - channels] if i >= channels else 0
        line[i] = (line[i] + (0, a, b, (a + b) // 2, paeth(a, b, c))[kind]) & 0xFF


def read_png(path):
    data = open(path, "rb").read()
    signature = data[:8].hex()
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if zlib.crc32(kind + body) != struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])[0]:
            raise ValueError("bad CRC in " + kind.decode("latin-1"))
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, color, _, _, interlace = header
    if depth != 8 or color not in (2, 6) or interlace != 0:
        raise ValueError("only 8-bit non-interlaced RGB/RGBA is supported")
    channels = 4 if color == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous, offset = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[offset], bytearray(raw[offset + 1 : offset + 1 + stride])
        offset += 1 + stride
        if kind == 2:
            line = bytearray((x + y) & 0xFF for x, y in zip(line, previous))
        elif kind != 0:
            unfilter(line, previous, kind, channels)
        rows.append(bytes(line))
        previous = line
    pixels = [row[i : i + channels] for row in rows for i in range(0, stride, channels)]
    background = pixels[0]
    colors = set(pixels)
    return {
        "signature": signature,
        "width": width,
        "height": height,
        "channels": channels,
        "distinctColors": len(colors),
        "foregroundFraction": sum(1 for p in pixels if p != background) / len(pixels),
        "background": list(background),
    }


if __name__ == "__main__":
    mode, path = sys.argv[1], sys.argv[2]
    print(json.dumps(read_svg(path) if mode == "svg" else read_png(path)))
