#!/usr/bin/env python3
"""Reads an exported CSV with Python's csv module and prints its rows as JSON.

Usage: read_csv.py FILE

Opened as an analyst should open our CSV: encoding='utf-8-sig' (skips the byte order mark) and
newline='' (the csv module handles line ends itself, so newlines inside quoted fields survive).
strict=True makes malformed quoting an error instead of a guess.
"""
import codecs
import csv
import json
import sys


def read(path):
    with open(path, 'rb') as f:
        bom = f.read(3) == codecs.BOM_UTF8
    with open(path, encoding='utf-8-sig', newline='') as f:
        rows = list(csv.reader(f, strict=True))
    header = rows[0]
    return {
        'bom': bom,
        'header': header,
        'widths': sorted({len(row) for row in rows}),
        'rows': [dict(zip(header, row)) for row in rows[1:]],
    }


if __name__ == '__main__':
    try:
        print(json.dumps(read(sys.argv[1])))
    except Exception as error:  # noqa: BLE001 - the caller wants the reason, whatever it is
        print('%s: %s' % (type(error).__name__, error), file=sys.stderr)
        sys.exit(1)
