"""Reads PDFs with pypdf in strict mode and extracts the text of every page.

Usage: read_pdf_strict.py FILE...  → JSON on standard output, keyed by file: {"pages": [text of
each page]} or {"error": "…"} when pypdf refuses the file (strict mode raises on every
deviation from the PDF syntax it would otherwise repair).
"""
import json
import sys

import pypdf


def read(path):
    try:
        reader = pypdf.PdfReader(path, strict=True)
        return {"pages": [page.extract_text() for page in reader.pages]}
    except Exception as error:  # noqa: BLE001 - any refusal is the finding
        return {"error": f"{type(error).__name__}: {error}"}


if __name__ == "__main__":
    json.dump({path: read(path) for path in sys.argv[1:]}, sys.stdout, indent=1)
