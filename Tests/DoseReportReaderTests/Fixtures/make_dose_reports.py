#!/usr/bin/env python3
"""Makes the CT Radiation Dose SR fixtures (DICOM RDSR, TID 10011) of DoseReportReaderTests with pydicom.

    pip install pydicom==3.0.2 && python3 Tests/DoseReportReaderTests/Fixtures/make_dose_reports.py

Writes next to this script; deterministic (fixed UIDs and dates), so rerunning reproduces the bytes.
- siemens.dcm: explicit VR little endian, sequences of defined length; Siemens-style protocol names
  (Topogram, CARE Bolus, DE_Abdomen arterial, VPCT Body); accumulated DLP equal to the sum.
- ge.dcm: implicit VR little endian, sequences and items of undefined length; GE-style names
  (Scout without DLP, SmartPrep on the 16 cm head phantom, GSI Liver, Liver Perfusion Cine).
- mismatch.dcm: as siemens.dcm, but the accumulated DLP is 100 mGy·cm more than its events.
- not-dose-report.dcm: a Comprehensive SR whose title is not a dose report.
- truncated.dcm: siemens.dcm cut off in the middle of its content tree.
With --examples it writes Examples/dose-reports/ instead: the dose reports of two synthetic patients
of Examples/spreadsheet/example.xlsx (WB-2025-003 Siemens-style, WB-2025-004 GE-style).
"""
import sys
import os

from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian, ImplicitVRLittleEndian

HERE = os.path.dirname(os.path.abspath(__file__))
RDSR_CLASS = "1.2.840.10008.5.1.4.1.1.88.67"
ROOT = "1.2.826.0.1.3680043.10.1414"   # a private test root


def code(value, scheme, meaning):
    item = Dataset()
    item.CodeValue = value
    item.CodingSchemeDesignator = scheme
    item.CodeMeaning = meaning
    return item


def item(value_type, concept, relationship="CONTAINS", **values):
    node = Dataset()
    node.RelationshipType = relationship
    node.ValueType = value_type
    node.ConceptNameCodeSequence = Sequence([code(*concept)])
    if value_type == "TEXT":
        node.TextValue = values["text"]
    elif value_type == "CODE":
        node.ConceptCodeSequence = Sequence([code(*values["code"])])
    elif value_type == "UIDREF":
        node.UID = values["uid"]
    elif value_type == "NUM":
        measured = Dataset()
        measured.NumericValue = values["number"]
        measured.MeasurementUnitsCodeSequence = Sequence([code(values["unit"], "UCUM", values["unit"])])
        node.MeasuredValueSequence = Sequence([measured])
    elif value_type == "CONTAINER":
        node.ContinuityOfContent = "SEPARATE"
        node.ContentSequence = Sequence(values.get("children", []))
    return node


TYPES = {
    "constant": ("113805", "DCM", "Constant Angle Acquisition"),
    "stationary": ("113806", "DCM", "Stationary Acquisition"),
    "spiral": ("P5-08001", "SRT", "Spiral Acquisition"),
}
BODY = ("113691", "DCM", "IEC Body Dosimetry Phantom")
HEAD = ("113690", "DCM", "IEC Head Dosimetry Phantom")


def event(number, protocol, kind, ctdi, dlp, length_mm, phantom=BODY):
    dose = [item("NUM", ("113830", "DCM", "Mean CTDIvol"), number=ctdi, unit="mGy")]
    if dlp is not None:
        dose.append(item("NUM", ("113838", "DCM", "DLP"), number=dlp, unit="mGy.cm"))
    dose.append(item("CODE", ("113835", "DCM", "CTDIw Phantom Type"), code=phantom))
    return item("CONTAINER", ("113819", "DCM", "CT Acquisition"), children=[
        item("TEXT", ("125203", "DCM", "Acquisition Protocol"), text=protocol),
        item("CODE", ("123014", "DCM", "Target Region"), code=("818981001", "SCT", "Abdomen")),
        item("CODE", ("113820", "DCM", "CT Acquisition Type"), code=TYPES[kind]),
        item("UIDREF", ("113769", "DCM", "Irradiation Event UID"), uid=f"{ROOT}.9.{number}"),
        item("CONTAINER", ("113822", "DCM", "CT Acquisition Parameters"), children=[
            item("NUM", ("113824", "DCM", "Exposure Time"), number="5.2", unit="s"),
            item("NUM", ("113825", "DCM", "Scanning Length"), number=length_mm, unit="mm"),
        ]),
        item("CONTAINER", ("113829", "DCM", "CT Dose"), children=dose),
    ])


def report(path, patient_id, birth, study_date, manufacturer, model, events, total, syntax, undefined=False,
           title=("113701", "DCM", "X-Ray Radiation Dose Report"), sop_class=RDSR_CLASS, serial=1):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.MediaStorageSOPInstanceUID = f"{ROOT}.1.{serial}"
    meta.TransferSyntaxUID = syntax
    meta.ImplementationClassUID = f"{ROOT}.0"
    ds = Dataset()
    ds.file_meta = meta
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.StudyDate = study_date
    ds.ContentDate = study_date
    ds.StudyTime = "101500"
    ds.ContentTime = "103000"
    ds.AccessionNumber = f"ACC{serial:04d}"
    ds.Modality = "SR"
    ds.Manufacturer = manufacturer
    ds.ReferringPhysicianName = ""
    ds.ManufacturerModelName = model
    ds.PatientName = "Synthetic^Patient"
    ds.PatientID = patient_id
    ds.PatientBirthDate = birth
    ds.PatientSex = "F"
    ds.StudyInstanceUID = f"{ROOT}.2.{serial}"
    ds.SeriesInstanceUID = f"{ROOT}.3.{serial}"
    ds.StudyID = str(serial)
    ds.SeriesNumber = 999
    ds.InstanceNumber = 1
    ds.ValueType = "CONTAINER"
    ds.ConceptNameCodeSequence = Sequence([code(*title)])
    ds.ContinuityOfContent = "SEPARATE"
    ds.CompletionFlag = "COMPLETE"
    ds.VerificationFlag = "UNVERIFIED"
    template = Dataset()
    template.MappingResource = "DCMR"
    template.TemplateIdentifier = "10011"
    ds.ContentTemplateSequence = Sequence([template])
    children = [item("CODE", ("121058", "DCM", "Procedure reported"), relationship="HAS CONCEPT MOD",
                     code=("P5-08000", "SRT", "Computed Tomography X-Ray"))]
    if total is not None:
        children.append(item("CONTAINER", ("113811", "DCM", "CT Accumulated Dose Data"), children=[
            item("NUM", ("113812", "DCM", "Total Number of Irradiation Events"), number=str(len(events)), unit="{events}"),
            item("NUM", ("113813", "DCM", "CT Dose Length Product Total"), number=total, unit="mGy.cm"),
        ]))
    children += events
    ds.ContentSequence = Sequence(children)
    if undefined:
        mark_undefined(ds)
    ds.save_as(os.path.join(HERE, path), enforce_file_format=True, implicit_vr=syntax == ImplicitVRLittleEndian, little_endian=True)


def mark_undefined(ds):
    """Every sequence and item of undefined length, as some scanners write them."""
    for element in ds:
        if element.VR == "SQ":
            element.is_undefined_length = True
            for child in element.value:
                child.is_undefined_length_sequence_item = True
                mark_undefined(child)


SIEMENS_EVENTS = [
    event(1, "Topogram", "constant", "0.13", "3.6", "280"),
    event(2, "CARE Bolus", "stationary", "13.3", "24.5", "10"),
    event(3, "DE_Abdomen LiverArterial", "spiral", "11.2", "402.5", "360"),
    event(4, "VPCT Body", "spiral", "96.4", "1012.2", "105"),
]
GE_EVENTS = [
    event(1, "Scout", "constant", "0.08", None, "450"),
    event(2, "SmartPrep", "stationary", "9.6", "9.6", "10", phantom=HEAD),
    event(3, "GSI Liver Arterial", "spiral", "12.1", "420.3", "340"),
    event(4, "Liver Perfusion Cine", "stationary", "101.9", "1010.2", "80"),
]

def examples():
    global HERE
    HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "Examples", "dose-reports")
    os.makedirs(HERE, exist_ok=True)
    report("WB-2025-003-20250204.dcm", "WB-2025-003", "19690930", "20250204", "SIEMENS", "SOMATOM Force", [
        event(1, "Topogram", "constant", "0.14", "3.9", "280"),
        event(2, "CARE Bolus", "stationary", "12.8", "21.8", "10"),
        event(3, "VPCT Body", "spiral", "98.2", "1031.1", "105"),
        event(4, "DE_Abdomen LiverArterial", "spiral", "10.9", "391.3", "359"),
    ], "1448.1", ExplicitVRLittleEndian, serial=11)
    report("WB-2025-004-20250218.dcm", "WB-2025-004", "19621201", "20250218", "GE MEDICAL SYSTEMS", "Revolution Apex", [
        event(1, "Scout", "constant", "0.09", None, "460"),
        event(2, "SmartPrep", "stationary", "8.9", "8.9", "10"),
        event(3, "Liver Perfusion Cine", "stationary", "104.5", "836.0", "80"),
        event(4, "GSI Liver Portal", "spiral", "11.8", "412.1", "349"),
    ], "1261.1", ImplicitVRLittleEndian, undefined=True, serial=12)


if __name__ == "__main__" and sys.argv[1:] == ["--examples"]:
    examples()
elif __name__ == "__main__":
    report("siemens.dcm", "HCC-2025-0101", "19580314", "20250110", "SIEMENS", "SOMATOM Force", SIEMENS_EVENTS, "1442.8",
           ExplicitVRLittleEndian, serial=1)
    # Scout: 0.08 mGy × 45 cm = 3.6 mGy·cm, so the total is 3.6 + 9.6 + 420.3 + 1010.2 = 1443.7.
    report("ge.dcm", "HCC-2025-0102", "19491102", "20250203", "GE MEDICAL SYSTEMS", "Revolution Apex", GE_EVENTS, "1443.7",
           ImplicitVRLittleEndian, undefined=True, serial=2)
    report("mismatch.dcm", "HCC-2025-0101", "19580314", "20250110", "SIEMENS", "SOMATOM Force", SIEMENS_EVENTS, "1542.8",
           ExplicitVRLittleEndian, serial=3)
    report("not-dose-report.dcm", "HCC-2025-0101", "19580314", "20250110", "SIEMENS", "SOMATOM Force", [], None,
           ExplicitVRLittleEndian, title=("18748-4", "LN", "Diagnostic Imaging Report"), sop_class="1.2.840.10008.5.1.4.1.1.88.33", serial=4)
    data = open(os.path.join(HERE, "siemens.dcm"), "rb").read()
    open(os.path.join(HERE, "truncated.dcm"), "wb").write(data[: len(data) * 2 // 3])
