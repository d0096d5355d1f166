#!/usr/bin/env python3
"""Writes a pair of .resx files (neutral = Simplified Chinese, .en = English) from a TSV of key<TAB>zh<TAB>en.

Usage: scripts/resx.py TSV OUT_BASE   (e.g. src/CircularPark/Localization/Messages.tsv src/CircularPark/Localization/Messages)
The TSV is the file people edit; the .resx files are generated from it and committed.
"""
import sys
from xml.sax.saxutils import escape

HEAD = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''

def main(tsv, out):
    rows = []
    for n, line in enumerate(open(tsv, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        parts = line.split('\t')
        if len(parts) != 3:
            sys.exit(f'{tsv}:{n}: expected key<TAB>zh<TAB>en')
        rows.append(parts)
    keys = [r[0] for r in rows]
    dupes = {k for k in keys if keys.count(k) > 1}
    if dupes:
        sys.exit(f'duplicate keys: {sorted(dupes)}')
    for suffix, col in (('', 1), ('.en', 2)):
        with open(out + suffix + '.resx', 'w', encoding='utf-8') as f:
            f.write(HEAD)
            for r in sorted(rows):
                f.write(f'  <data name="{escape(r[0])}" xml:space="preserve"><value>{escape(r[col])}</value></data>\n')
            f.write('</root>\n')

if __name__ == '__main__':
    main(*sys.argv[1:])
