#!/usr/bin/env python3
"""Makes the example workbooks of Examples/spreadsheet with openpyxl: an empty template (the three
sheets with their headers) and a filled example with four synthetic patients.

    pip install openpyxl==3.1.5 && python3 Examples/spreadsheet/make_example_workbooks.py

The patients are synthetic (invented for the demonstration), like Examples/cases.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date

LESIONS = ["patient_id", "patient_name", "birth_date", "sex", "exam_date", "treatment_date", "lesion_id", "segment",
           "size_mm", "viable_diameter_mm", "nic_ap_percent", "ic_mg_ml", "ic_aorta_mg_ml", "ps_ml_min_100g",
           "patient.bclc", "patient.child_pugh", "exam.scanner", "perfusion.bv"]
FOLLOWUP = ["patient_id", "date", "lesion_id", "viable_diameter_mm", "non_target", "new_lesions"]
DOSE = ["patient_id", "series", "kind", "ctdi_vol_mgy", "phantom_cm", "dlp_mgy_cm"]
DATES = {"lesions": [2, 4, 5], "followup": [1], "dose": []}


def workbook(rows):
    wb = Workbook()
    sheets = [("lesions", LESIONS), ("followup", FOLLOWUP), ("dose", DOSE)]
    for index, (name, header) in enumerate(sheets):
        sheet = wb.active if index == 0 else wb.create_sheet(name)
        sheet.title = name
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
        for row in rows.get(name, []):
            sheet.append(row)
        for row in sheet.iter_rows(min_row=2, max_row=max(sheet.max_row, 200)):
            for column in DATES[name]:
                row[column].number_format = "yyyy-mm-dd"
            row[0].number_format = "@"     # patient IDs are text: leading zeros stay
        for column, width in zip("ABCDEFGHIJKLMNOPQR", [14, 18, 12, 8, 12, 14, 9, 8, 9, 10, 12, 9, 12, 12, 10, 10, 20, 10]):
            sheet.column_dimensions[column].width = width
        sheet.freeze_panes = "B2"
    return wb


EXAMPLE = {
    "lesions": [
        ["WB-2025-001", "Keller, Ruth", D(1957, 6, 12), "female", D(2025, 1, 8), D(2025, 1, 15), "L1", "S7", 38.5, 36.0, 16.2, None, None, 18.4, "B", "A5", "Siemens SOMATOM Force", 11.8],
        ["WB-2025-001", None, None, None, None, None, "L2", "S5", 24.0, 22.0, 13.1, None, None, 14.9, None, None, None, 9.6],
        ["WB-2025-002", "Okafor, James", D(1951, 2, 3), "male", D(2025, 1, 20), D(2025, 1, 27), "L1", "S8", 66.0, 61.0, None, 2.4, 9.8, 33.5, "C", "A6", "GE Revolution Apex", 14.2],
        ["WB-2025-003", "Lindqvist, Maja", D(1969, 9, 30), "female", D(2025, 2, 4), D(2025, 2, 11), "L1", "S4", 29.0, None, 21.5, None, None, 21.0, "B", "A5", "GE Revolution Apex", None],
        ["WB-2025-004", "Haddad, Samir", D(1962, 12, 1), "male", D(2025, 2, 18), None, "L1", "S6", 47.0, 44.0, 24.8, None, None, 26.3, "B", "B7", "Siemens SOMATOM Force", 12.9],
    ],
    "followup": [
        ["WB-2025-001", D(2025, 3, 19), "L1", 10.0, "none", False],
        ["WB-2025-001", D(2025, 3, 19), "L2", 0.0, "none", False],
        ["WB-2025-002", D(2025, 4, 2), "L1", 64.0, "non_cr_non_pd", True],
        ["WB-2025-003", D(2025, 4, 9), "L1", 18.0, "none", False],
    ],
    "dose": [
        ["WB-2025-001", "Non-contrast", "plain", 5.9, 32, 104.0],
        ["WB-2025-001", "Perfusion 4D", "perfusion", 96.5, 32, 1003.6],
        ["WB-2025-001", "Portal venous DE", "dual_energy", 10.4, 32, 385.0],
        ["WB-2025-002", "Perfusion", "perfusion", 101.2, 32, 1082.8],
        ["WB-2025-002", "Arterial DE", "dual_energy", 11.0, 32, 401.5],
    ],
}

if __name__ == "__main__":
    workbook({}).save(os.path.join(HERE, "template.xlsx"))
    workbook(EXAMPLE).save(os.path.join(HERE, "example.xlsx"))
