#!/usr/bin/env python3
"""Writes N synthetic, valid hccreport case files (YAML) with a seeded generator.

Each patient has 1-2 lesions with every model input, a full five-series dose record
(plain, two perfusion, two dual-energy) and one follow-up visit. The same --seed and N
always give byte-identical files, so benchmark runs are comparable.

    python3 scripts/bench/generate_cases.py --count 2000 --seed 1 --out /tmp/cases
"""
import argparse
import os
import random

SEGMENTS = ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8"]
SURNAMES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou"]
GIVEN = ["Wei", "Fang", "Min", "Jing", "Lei", "Jun", "Yan", "Tao", "Hui", "Qiang"]
ICIS = ["camrelizumab", "sintilimab", "other"]


def lesion(rng, index):
    size = round(rng.uniform(15, 95), 1)
    viable = round(size * rng.uniform(0.7, 0.98), 1)
    nic = round(rng.uniform(8, 55), 2)
    ps = round(rng.uniform(8, 40), 2)
    return {
        "id": f"L{index}", "segment": rng.choice(SEGMENTS),
        "location": rng.choice(["peripheral", "central"]), "size_mm": size,
        "viable_diameter_mm": viable, "corona_enhancement": rng.random() < 0.3,
        "nic": nic, "zeff": round(rng.uniform(8.3, 9.5), 2),
        "hu40": rng.randint(150, 330), "hu90": rng.randint(55, 100),
        "ps": ps, "bv": round(rng.uniform(6, 20), 1), "bf": round(rng.uniform(40, 140), 1),
        "mtt": round(rng.uniform(6, 12), 1),
    }


# Every fifth patient has a name in Chinese characters (the fallback font's glyphs and subsets
# are part of the cost); chosen from n, so the random sequence is that of Latin names only.
CJK_NAMES = ["王伟", "李静", "张敏", "刘洋", "陈杰", "杨丽", "黄磊", "赵艳", "吴涛", "周慧"]


def patient_name(rng, n):
    latin = f"{rng.choice(SURNAMES)}, {rng.choice(GIVEN)}"
    return CJK_NAMES[(n // 5) % len(CJK_NAMES)] if n % 5 == 0 else latin


def case_text(rng, n):
    year = rng.randint(1940, 1985)
    lesions = [lesion(rng, i + 1) for i in range(rng.choice([1, 1, 2]))]
    exam_day = rng.randint(1, 28)
    lines = [
        "schema_version: 1",
        "patient:",
        f'  id: "BENCH-{n:06d}"',
        f'  name: "{patient_name(rng, n)}"',
        f"  birth_date: {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        f"  sex: {rng.choice(['male', 'female'])}",
        f"  weight_kg: {rng.randint(48, 95)}",
        f'  child_pugh: "{rng.choice(["A5", "A6", "B7"])}"',
        f'  bclc: "{rng.choice(["B", "C"])}"',
        '  etiology: "HBV"',
        f"  afp_ng_ml: {round(rng.uniform(2, 2000), 1)}",
        "exam:",
        f"  date: 2025-03-{exam_day:02d}",
        '  scanner: "GE Revolution CT"',
        '  software: "GE AW 4.7"',
        "  dose:",
        "    series:",
    ]
    for name, kind, ctdi, length in [("Non-contrast", "plain", 5.0, 22), ("Perfusion 1", "perfusion", 33.0, 16),
                                      ("Perfusion 2", "perfusion", 32.0, 16), ("Arterial dual-energy", "dual_energy", 3.2, 20),
                                      ("Portal-venous dual-energy", "dual_energy", 3.2, 20)]:
        c = round(ctdi * rng.uniform(0.85, 1.15), 1)
        lines.append(f'      - {{ name: "{name}", kind: {kind}, ctdi_vol_mgy: {c}, phantom_cm: 32, '
                     f"dlp_mgy_cm: {round(c * length, 1)}, scan_length_cm: {length} }}")
    lines.append("lesions:")
    for l in lesions:
        lines += [
            f'  - id: "{l["id"]}"',
            f"    segment: {l['segment']}",
            f"    location: {l['location']}",
            f"    size_mm: {l['size_mm']}",
            f"    viable_diameter_mm: {l['viable_diameter_mm']}",
            f"    corona_enhancement: {'true' if l['corona_enhancement'] else 'false'}",
            "    arterial:",
            f"      nic_percent: {l['nic']}",
            f"      zeff: {l['zeff']}",
            f"      ct_40kev_hu: {l['hu40']}",
            f"      ct_90kev_hu: {l['hu90']}",
            "    perfusion:",
            f"      ps: {l['ps']}",
            f"      bv: {l['bv']}",
            f"      bf: {l['bf']}",
            f"      mtt: {l['mtt']}",
        ]
    lines += [
        "treatment:",
        f"  tace_date: 2025-04-{exam_day:02d}",
        f"  lenvatinib_mg_per_day: {rng.choice([8, 12])}",
        f"  ici: {rng.choice(ICIS)}",
        "followup:",
        f"  - date: 2025-07-{exam_day:02d}",
        "    lesions:",
    ]
    for l in lesions:
        lines.append(f'      - {{ id: "{l["id"]}", viable_diameter_mm: {round(l["viable_diameter_mm"] * rng.uniform(0, 1.3), 1)} }}')
    lines += ["    non_target: none", f"    new_lesions: {'true' if rng.random() < 0.1 else 'false'}"]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    for n in range(1, args.count + 1):
        with open(os.path.join(args.out, f"bench-{n:06d}.yaml"), "w", encoding="utf-8") as f:
            f.write(case_text(rng, n))


if __name__ == "__main__":
    main()
