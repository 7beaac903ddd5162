#!/usr/bin/env python3
"""Reads an Encapsulated PDF with pydicom (an implementation independent of hccreport) and prints,
as JSON, its attributes and whether the encapsulated document is exactly the given PDF.

Usage: read_dicom.py FILE.dcm REPORT.pdf
"""
import json
import sys

import pydicom

ds = pydicom.dcmread(sys.argv[1])  # without force=True: needs the preamble and DICM
pdf = open(sys.argv[2], "rb").read()
doc = bytes(ds.EncapsulatedDocument)
length = int(ds.get("EncapsulatedDocumentLength", len(doc)))
out = {
    "transfer_syntax": str(ds.file_meta.TransferSyntaxUID),
    "sop_class": str(ds.SOPClassUID),
    "media_sop_instance": str(ds.file_meta.MediaStorageSOPInstanceUID),
    "sop_instance": str(ds.SOPInstanceUID),
    "study": str(ds.StudyInstanceUID),
    "series": str(ds.SeriesInstanceUID),
    "patient_name": str(ds.PatientName),
    "family_name": ds.PatientName.family_name,
    "given_name": ds.PatientName.given_name,
    "patient_id": ds.PatientID,
    "issuer": ds.get("IssuerOfPatientID"),
    "birth_date": ds.PatientBirthDate,
    "sex": ds.PatientSex,
    "charset": ds.get("SpecificCharacterSet"),
    "modality": ds.Modality,
    "conversion_type": ds.ConversionType,
    "burned_in": ds.BurnedInAnnotation,
    "mime": ds.MIMETypeOfEncapsulatedDocument,
    "verification": ds.get("VerificationFlag"),
    "instance_number": int(ds.InstanceNumber),
    "accession": ds.AccessionNumber,
    "referring": str(ds.ReferringPhysicianName),
    "physicians_of_record": str(ds.get("PhysiciansOfRecord", "")),
    "institution": ds.get("InstitutionName"),
    "title": ds.DocumentTitle,
    "concept": [ds.ConceptNameCodeSequence[0].CodeValue, ds.ConceptNameCodeSequence[0].CodingSchemeDesignator],
    "study_date": ds.StudyDate,
    "content_date": ds.ContentDate,
    "pdf_identical": doc[:length] == pdf and len(doc) - length in (0, 1),
    "pdf_length": length,
}
print(json.dumps(out))
