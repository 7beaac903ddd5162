#!/usr/bin/env python3
"""Makes the test workbooks of SpreadsheetReaderTests with openpyxl (and, for what openpyxl does
not write, inline strings, the XML parts directly).

    pip install openpyxl==3.1.5 && python3 Tests/SpreadsheetReaderTests/Fixtures/make_workbooks.py

Run from anywhere; writes next to this script. The output is committed, so the tests need no
Python; openpyxl stamps the time into docProps/core.xml, so regenerated files differ in bytes but
not in cells.
"""
import csv
import datetime as dt
import os
import zipfile

from openpyxl import Workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))

LESION_HEADER = ["patient_id", "patient_name", "birth_date", "sex", "exam_date", "treatment_date", "lesion_id", "segment",
                 "size_mm", "viable_diameter_mm", "nic_ap_percent", "ic_mg_ml", "ic_aorta_mg_ml", "ps_ml_min_100g",
                 "patient.bclc", "perfusion.bv"]
FOLLOWUP_HEADER = ["patient_id", "date", "lesion_id", "viable_diameter_mm", "non_target", "new_lesions"]
DOSE_HEADER = ["patient_id", "series", "kind", "ctdi_vol_mgy", "phantom_cm", "dlp_mgy_cm"]

D = dt.date


def lesion_rows():
    """Three patients: HCC-001 with two lesions, 00042 (ID typed as a number, format 00000), 7311 (a number)."""
    return [
        ["HCC-001", "Muster, Anna", D(1958, 3, 14), "female", D(2025, 1, 10), D(2025, 1, 17), "L1", "S8", 42, 40, 17.4, None, None, 25.1, "B", 12.5],
        ["HCC-001", None, None, None, None, None, "L2", "S6", 23.5, 20, 12.0, None, None, 18.3, None, None],
        [42, "Rossi, Marco", D(1949, 11, 2), "male", D(2025, 2, 3), D(2025, 2, 10), "L1", "S4", 61, 58, None, 1.8, 9.0, 31.0, "C", None],
        [7311, "Lee, Min", D(1966, 7, 21), "male", D(2025, 2, 20), None, "L1", "S7", 35, None, 22.2, None, None, 15.6, None, None],
    ]


def followup_rows():
    return [
        ["HCC-001", D(2025, 3, 20), "L1", 12, "none", False],
        ["HCC-001", D(2025, 3, 20), "L2", 0, "none", False],
        [42, D(2025, 4, 15), "L1", 30, "non_cr_non_pd", True],
    ]


def dose_rows():
    return [
        ["HCC-001", "DECT arterial", "dual_energy", 11.2, 32, 402.5],
        ["HCC-001", "Perfusion 4D", "perfusion", 88.1, 32, 1210.0],
        [42, "Plain", "plain", 9.8, 32, 355.0],
    ]


def fill(sheet, header, rows, date_columns, id_column=0):
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    for row in sheet.iter_rows(min_row=2):
        for index in date_columns:
            row[index].number_format = "yyyy-mm-dd"
        cell = row[id_column]
        if cell.value == 42:
            cell.number_format = "00000"


def board(path, mutate=None, epoch=None):
    wb = Workbook()
    if epoch is not None:
        wb.epoch = epoch
    lesions = wb.active
    lesions.title = "lesions"
    rows = lesion_rows()
    if mutate:
        mutate(rows)
    fill(lesions, LESION_HEADER, rows, [2, 4, 5])
    fill(wb.create_sheet("followup"), FOLLOWUP_HEADER, followup_rows(), [1])
    fill(wb.create_sheet("dose"), DOSE_HEADER, dose_rows(), [])
    wb.save(path)


def bad_rows(rows):
    rows[2][8] = "4,2 cm"                    # 00042: lesions!I4 size_mm is text
    rows[1][2] = D(1958, 3, 15)              # HCC-001: birth date differs between rows 2 and 3


def ambiguous_date(rows):
    rows[3][4] = "03/04/2025"                 # 7311: exam date as ambiguous text


def german():
    wb = Workbook()
    sheet = wb.active
    sheet.title = "Läsionen"
    sheet.append(["Patienten-ID", "Name", "Geburtsdatum", "Geschlecht", "Untersuchung", "Läsion", "Größe [mm]",
                  "NIC AP [%]", "PS [ml/min/100g]", "Korona", "Bemerkung"])
    sheet.append(["P-1", "Schmidt, Jörg", D(1950, 5, 6), "m", D(2025, 3, 1), "L1", 38, 19.5, 22.0, "ja", "Zweitmeinung"])
    sheet.append(["P-2", "Weiß, Eva", D(1961, 8, 9), "w", D(2025, 3, 4), "L1", 51, 14.0, 28.5, "nein", None])
    for row in sheet.iter_rows(min_row=2):
        row[2].number_format = "DD.MM.YYYY"
        row[4].number_format = "DD.MM.YYYY"
    follow = wb.create_sheet("Verlauf")
    follow.append(["Patienten-ID", "Datum", "Läsion", "vitaler Durchmesser [mm]", "Nicht-Ziel", "neue Herde"])
    follow.append(["P-1", D(2025, 5, 2), "L1", 10, "keine", "nein"])
    follow.iter_rows(min_row=2).__next__()[1].number_format = "DD.MM.YYYY"
    wb.save(os.path.join(HERE, "german.xlsx"))


def merged_header():
    """A two-row header: 'arterial' and 'perfusion' merged over their columns, IDs merged downwards."""
    wb = Workbook()
    sheet = wb.active
    sheet.title = "lesions"
    sheet.append(["patient_id", "lesion_id", "size_mm", "arterial", None, None, "perfusion", None])
    sheet.append([None, None, None, "ic_mg_ml", "ic_aorta_mg_ml", "nic_percent", "ps", "bv"])
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:B2")
    sheet.merge_cells("C1:C2")
    sheet.merge_cells("D1:F1")
    sheet.merge_cells("G1:H1")
    sheet.append(["M-1", "L1", 30, 2.1, 10.5, None, 20.0, 11.0])
    sheet.append(["M-2", "L1", None, None, None, 18.0, 24.0, None])   # size missing: an error at C4
    wb.save(os.path.join(HERE, "merged-header.xlsx"))


def rows_5000():
    wb = Workbook()
    sheet = wb.active
    sheet.title = "lesions"
    sheet.append(LESION_HEADER)
    for n in range(5000):
        patient = n // 2
        sheet.append([f"P{patient:05d}", f"Name {patient}", D(1950 + patient % 40, 1 + patient % 12, 1 + patient % 28), "male",
                      D(2025, 1, 1) + dt.timedelta(days=patient % 300), None, f"L{n % 2 + 1}", f"S{n % 8 + 1}",
                      10 + n % 90, None, 5 + (n * 7) % 40, None, None, 3 + (n * 13) % 60 + 0.5, None, None])
    for row in sheet.iter_rows(min_row=2):
        row[2].number_format = "yyyy-mm-dd"
        row[4].number_format = "yyyy-mm-dd"
    wb.save(os.path.join(HERE, "rows-5000.xlsx"))


SHEET_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def raw_workbook(path, sheet_xml, shared=None, styles=None, date1904=False):
    """A minimal workbook written part by part (what openpyxl does not write: inline strings, t="str", t="e")."""
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook {SHEET_NS}>' + ('<workbookPr date1904="1"/>' if date1904 else "")
        + '<sheets><sheet name="lesions" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet {SHEET_NS}><sheetData>{sheet_xml}</sheetData></worksheet>',
    }
    if shared is not None:
        parts["xl/sharedStrings.xml"] = shared
    if styles is not None:
        parts["xl/styles.xml"] = styles
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), text, compress_type=zipfile.ZIP_DEFLATED)


def cell_types():
    """Inline strings, rich-text shared strings, a formula string, a boolean, an error value, a 1904 date."""
    header = "".join(f'<c r="{c}1" t="inlineStr"><is><t>{h}</t></is></c>' for c, h in
                     zip("ABCDEFG", ["patient_id", "lesion_id", "size_mm", "nic_ap_percent", "ps_ml_min_100g", "exam_date", "corona_enhancement"]))
    row2 = ('<c r="A2" t="s"><v>0</v></c><c r="B2" t="str"><f>"L"&amp;1</f><v>L1</v></c><c r="C2"><v>33.5</v></c>'
            '<c r="D2"><v>18</v></c><c r="E2"><v>20.25</v></c><c r="F2" s="1"><v>44620</v></c><c r="G2" t="b"><v>1</v></c>')
    row3 = ('<c r="A3" t="inlineStr"><is><r><t>R-</t></r><r><t>2</t></r></is></c><c r="B3" t="inlineStr"><is><t>L1</t></is></c>'
            '<c r="C3" t="e"><v>#DIV/0!</v></c><c r="D3"><v>18</v></c><c r="E3"><v>20</v></c>')
    shared = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
              '<si><r><t>R-</t></r><r><rPr><b/></rPr><t>1</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si></sst>')
    styles = ('<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="d/m/yyyy;@"/></numFmts>'
              '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>')
    raw_workbook(os.path.join(HERE, "cell-types-1904.xlsx"), f'<row r="1">{header}</row><row r="2">{row2}</row><row r="3">{row3}</row>',
                 shared=shared, styles=styles, date1904=True)


def csv_files():
    with open(os.path.join(HERE, "board-lesions.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(LESION_HEADER[:14])
        writer.writerow(["00042", "Rossi, Marco", "1949-11-02", "male", "2025-02-03", "2025-02-10", "L1", "S4", "61", "58", "", "1.8", "9.0", "31.0"])
        writer.writerow(["HCC-9", "O'Brien, \"Pat\"", "1970-01-31", "female", "2025-02-03", "", "L1", "S2", "27", "", "16.5", "", "", "19"])
    with open(os.path.join(HERE, "board-followup.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(FOLLOWUP_HEADER)
        writer.writerow(["00042", "2025-04-15", "L1", "30", "non_cr_non_pd", "yes"])
    # A semicolon-separated export with a decimal comma, as a German Excel writes it.
    with open(os.path.join(HERE, "semicolon.csv"), "w", newline="", encoding="utf-8-sig") as f:
        f.write("patient_id;lesion_id;size_mm;nic_ap_percent;ps_ml_min_100g\r\nS-1;L1;42;17,4;25\r\n")


if __name__ == "__main__":
    board(os.path.join(HERE, "board.xlsx"))
    board(os.path.join(HERE, "board-1904.xlsx"), epoch=CALENDAR_MAC_1904)
    board(os.path.join(HERE, "bad-rows.xlsx"), mutate=bad_rows)
    board(os.path.join(HERE, "ambiguous-date.xlsx"), mutate=ambiguous_date)
    german()
    merged_header()
    rows_5000()
    cell_types()
    csv_files()
