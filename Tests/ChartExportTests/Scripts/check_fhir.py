#!/usr/bin/env python3
"""Validates a .fhir.json file with fhir.resources' FHIR R4B models (an implementation independent of
hccreport) and checks the attachment against the PDF: base64 data identical, size, SHA-1.

Usage: check_fhir.py FILE.fhir.json REPORT.pdf
Prints JSON: the resource types, docStatus, identifiers and the checks; exits 1 when parsing fails.
"""
import base64
import hashlib
import json
import sys

from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.documentreference import DocumentReference

raw = open(sys.argv[1], "rb").read()
pdf = open(sys.argv[2], "rb").read()
data = json.loads(raw)
if data["resourceType"] == "Bundle":
    bundle = Bundle.model_validate(data)
    resources = [e.resource for e in bundle.entry]
else:
    resources = [DocumentReference.model_validate(data)]
# The attachments as written in the file (the models hold them decoded).
raw_resources = [e["resource"] for e in data["entry"]] if data["resourceType"] == "Bundle" else [data]
attachments = []
for r in raw_resources:
    if r["resourceType"] == "DocumentReference":
        attachments += [c["attachment"] for c in r["content"]]
    elif r["resourceType"] == "DiagnosticReport":
        attachments += list(r["presentedForm"])
doc = next(r for r in resources if r.__resource_type__ == "DocumentReference")
# The models check structure and types; the required value sets are checked here (FHIR R4).
codes = {
    "DocumentReference.status": ({r.status for r in resources if r.__resource_type__ == "DocumentReference"},
                                 {"current", "superseded", "entered-in-error"}),
    "DocumentReference.docStatus": ({r.docStatus for r in resources if r.__resource_type__ == "DocumentReference"},
                                    {"preliminary", "final", "amended", "entered-in-error"}),
    "DiagnosticReport.status": ({r.status for r in resources if r.__resource_type__ == "DiagnosticReport"},
                                {"registered", "partial", "preliminary", "final", "amended", "corrected", "appended", "cancelled",
                                 "entered-in-error", "unknown"}),
    "relatesTo.code": ({x.code for x in (doc.relatesTo or [])}, {"replaces", "transforms", "signs", "appends"}),
}
for element, (used, allowed) in codes.items():
    if not used <= allowed:
        sys.exit(f"{element}: {sorted(used - allowed)} not in the required value set")
out = {
    "types": [r.__resource_type__ for r in resources],
    "status": doc.status,
    "docStatus": doc.docStatus,
    "master": doc.masterIdentifier.value,
    "set": doc.identifier[0].value,
    "subject_system": doc.subject.identifier.system,
    "subject_value": doc.subject.identifier.value,
    "relates_to": [[r.code, r.target.identifier.value] for r in (doc.relatesTo or [])],
    "type_code": doc.type.coding[0].code,
    "attachments": len(attachments),
    "data_identical": all(base64.b64decode(a["data"], validate=True) == pdf for a in attachments),
    "size_matches": all(a["size"] == len(pdf) for a in attachments),
    "hash_matches": all(base64.b64decode(a["hash"], validate=True) == hashlib.sha1(pdf).digest() for a in attachments),
    "content_types": sorted({a["contentType"] for a in attachments}),
}
print(json.dumps(out))
