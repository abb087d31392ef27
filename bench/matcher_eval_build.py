"""Build the independent matcher evaluation set: catalog.json, tune.json, heldout.json.

    uv run python -m bench.matcher_eval_build
    uv run python -m bench.matcher_eval_build --set blind2
    uv run python -m bench.matcher_eval_build --set blind3   # or any other blind set: --set blind4

With `--set blindN` it writes only blindN.json, a later held-out set written blind (bench/
matcher_eval_needs_blindN.py, whose SOURCES names its blocks) and graded against the same catalog;
catalog.json must then be unchanged.

Reads the hand-written tables (bench/matcher_eval_suppliers.py, _catalog.py, _needs.py), grades every
(need, product) pair from the labeller's intent, applies the procurement law (Perpres 16/2018 jo. 12/2021)
and writes the files under bench/data/matcher_eval/. Deterministic: the same tables give the same files.
It never imports or runs the matcher.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.matcher_eval_catalog import KINDS, Kind
from bench.matcher_eval_needs import MACROS, SOURCES
from bench.matcher_eval_suppliers import SUPPLIERS

OUT = Path(__file__).parent / "data" / "matcher_eval"
SEED = 20260518
RESERVATION_CEILING_IDR = 15_000_000_000  # Pasal 65 ayat (4): nilai paket sampai dengan Rp15 miliar
PDN_TKDN_MIN = 25.0  # Pasal 66: TKDN paling sedikit 25%
PDN_TKDN_BMP_MIN = 40.0  # ... dan nilai TKDN + BMP paling sedikit 40%
SMALL_SCALES = {"mikro", "kecil"}

TYPES = {"b": "barang", "jl": "jasa_lainnya", "k": "konstruksi", "ks": "konsultansi"}
METHODS = {
    "ep": "e_purchasing",
    "pl": "pengadaan_langsung",
    "pn": "penunjukan_langsung",
    "t": "tender",
    "tc": "tender_cepat",
    "s": "seleksi",
    "dk": "dikecualikan",
}
TYPE_LABEL = {"b": "Barang", "jl": "Jasa Lainnya", "k": "Pekerjaan Konstruksi", "ks": "Jasa Konsultansi"}


def _stable_int(text: str, modulo: int) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:12], 16) % modulo


def rupiah(value: int) -> str:
    return "Rp " + f"{value:,}".replace(",", ".")


@dataclass
class Product:
    payload: dict[str, Any]
    kind: str
    scale: str
    cooperative: bool
    region: str


@dataclass
class Need:
    payload: dict[str, Any]
    source: str
    reserved: bool
    relevance: dict[str, int] = field(default_factory=dict)
    restrict: str | None = None


# ---------------------------------------------------------------------------------------------- catalog
def _rows(kind: Kind) -> list[tuple[str, int, str]]:
    rows = []
    for line in kind.rows.strip().splitlines():
        name, price, desc = (part.strip() for part in line.split("|"))
        rows.append((name, int(price), desc))
    return rows


def _variant_name(name: str, n: int) -> str:
    """A second seller's listing of the same goods reads a little differently, as on e-katalog."""
    forms = (
        lambda s: s + " - Ready Stock",
        lambda s: s.upper(),
        lambda s: re.sub(r"\s+", " ", s.replace(" / ", "/").replace(" + ", "+")) + " (Garansi Resmi)",
        lambda s: s.replace("Kertas", "Kertas").replace(" ", " ", 1) + " Original",
    )
    return forms[n % len(forms)](name)


def build_catalog() -> tuple[list[dict[str, Any]], list[Product]]:
    by_group: dict[str, list[Any]] = defaultdict(list)
    for s in SUPPLIERS:
        for g in s.groups:
            by_group[g].append(s)
    suppliers = {s.supplier_id: s for s in SUPPLIERS}
    products: list[Product] = []
    tkdn_used: dict[str, bool] = defaultdict(bool)
    counter = 0

    def add(kind: Kind, row_index: int, sup: Any, name: str, price: int, desc: str, listing: int) -> None:
        nonlocal counter
        counter += 1
        pid = f"prd-{counter:04d}"
        tkdn = kind.tkdn[row_index % len(kind.tkdn)]
        capacity = kind.capacity[(row_index + listing) % len(kind.capacity)]
        if sup.scale == "mikro" and capacity is not None:
            capacity = max(1, capacity // 4)  # a micro business makes less in a month
        payload: dict[str, Any] = {
            "product_id": pid,
            "supplier_id": sup.supplier_id,
            "name": name,
            "description": f"{desc}. Dikirim dari {sup.address.split(',')[-1].strip()}.",
            "kbki_code": kind.kbki,
            "category": kind.category,
            "unit": kind.unit,
            "price_idr": price,
            "monthly_capacity": capacity,
            "tkdn_percent": tkdn[0] if tkdn else None,
            "bmp_percent": tkdn[1] if tkdn else None,
            "tkdn_certificate": f"{1000 + _stable_int(name, 9000)}/SJ-IPD.7/TKDN/{2023 + row_index % 3}"
            if tkdn
            else None,
            "ekatalog_product_id": None if _stable_int(pid, 4) == 0 else f"{1_500_000 + _stable_int(pid, 900_000)}",
            "active": True,
        }
        if tkdn:
            tkdn_used[sup.supplier_id] = True
        products.append(Product(payload, kind.kind, sup.scale, sup.cooperative, sup.region_code))

    for kind in KINDS:
        sellers = by_group[kind.group]
        for i, (name, price, desc) in enumerate(_rows(kind)):
            first = sellers[i % len(sellers)]
            add(kind, i, first, name, price, desc, 0)
            if len(sellers) > 1 and i % 2 == 0:  # a popular item is listed by a second seller too
                second = sellers[(i + 1) % len(sellers)]
                factor = 0.92 + _stable_int(name + second.supplier_id, 17) / 100
                add(kind, i, second, _variant_name(name, i // 2), int(round(price * factor, -2) or price), desc, 1)

    supplier_payloads = []
    for sid, s in suppliers.items():
        certificates = []
        if tkdn_used[sid]:
            certificates.append({"kind": "tkdn", "number": f"TKDN-{_stable_int(sid, 90000) + 10000}"})
        if {"makan", "pangan", "minum", "oleh"} & set(s.groups):
            certificates.append({"kind": "halal", "number": f"ID{_stable_int(sid + 'h', 10**12):012d}"})
        supplier_payloads.append(
            {
                "supplier_id": sid,
                "nib": f"{9_120_000_000_000 + _stable_int(sid, 10**12)}",
                "name": s.name,
                "kbli": list(s.kbli),
                "region_code": s.region_code,
                "address": s.address,
                "scale": s.scale,
                "is_cooperative": s.cooperative,
                "contact_name": "",
                "email": f"{sid}@contoh.id",
                "phone": None,
                "certificates": certificates,
                "ekatalog_vendor_id": None if s.scale == "mikro" else f"V{_stable_int(sid, 10**6):06d}",
                "completed_contracts": s.completed_contracts,
            }
        )
    return supplier_payloads, products


# ---------------------------------------------------------------------------------------------- needs
def _expand(tokens: str) -> list[str]:
    out: list[str] = []
    for token in tokens.split():
        name, _, grade = token.partition(":")
        if name in MACROS:
            for inner in MACROS[name].split():
                if grade:  # "ATK:1" caps every member of the group at that grade
                    k, _, g = inner.partition(":")
                    out.append(f"{k}:{min(int(g), int(grade))}")
                else:
                    out.append(inner)
        else:
            out.append(token)
    return out


def grade_intent(tokens: str, products: list[Product], kinds: set[str]) -> tuple[dict[str, int], str | None]:
    relevance: dict[str, int] = {}
    restrict = None
    expanded = _expand(tokens)
    # A token naming a word inside a kind is more specific than the kind: it wins whatever the order.
    expanded = [t for t in expanded if "/" not in t] + [t for t in expanded if "/" in t]
    for token in expanded:
        if token.startswith("@"):
            restrict = token[1:]
            continue
        target, _, g = token.partition(":")
        grade = int(g)
        kind, _, word = target.partition("/")
        if kind not in kinds:
            raise ValueError(f"unknown kind {kind!r} in {tokens!r}")
        needle = word.replace("_", " ").lower()
        matched = False
        for p in products:
            if p.kind == kind and needle in p.payload["name"].lower():
                relevance[p.payload["product_id"]] = grade
                matched = True
        if not matched:
            raise ValueError(f"{token!r} matches no product")
    return {k: v for k, v in relevance.items() if v > 0}, restrict


def build_needs(products: list[Product], sources: dict[str, tuple[str, int, bool, str]] = SOURCES) -> list[Need]:
    kinds = {k.kind for k in KINDS}
    needs: list[Need] = []
    for key, (_label, year, reserved, block) in sources.items():
        for n, line in enumerate(block.strip().splitlines(), start=1):
            parts = line.split("|")
            if len(parts) == 10 and parts[6] == "":  # no volume: the unit column was left out
                parts.insert(7, "")
            if len(parts) != 11:
                raise ValueError(f"{key} row {n}: {len(parts)} fields: {line}")
            region, satker, name, typ, method, pagu, vol, unit, flags, spec, grades = parts
            if not re.fullmatch(r"[un]*", flags):
                if spec:
                    raise ValueError(f"{key} row {n}: flags {flags!r} are neither u nor n: {line}")
                # "pagu|||spec||": no volume and no unit column, so the specification fell into the flags
                flags, spec = "", flags
            need_id = f"need-{key}-{n:03d}"
            rup = 50_000_000 + _stable_int(need_id, 19_000_000)
            payload: dict[str, Any] = {
                "need_id": need_id,
                "kode_rup": str(rup),
                "buyer_id": "buyer-" + re.sub(r"[^a-z0-9]+", "-", satker.lower()).strip("-")[:48],
                "satker_code": f"{region.replace('.', '')}{_stable_int(satker, 10**6):06d}",
                "package_name": name,
                "pagu_idr": int(pagu),
                "procurement_method": METHODS[method],
                "procurement_type": TYPES[typ],
                "funding_source": "APBN" if key.startswith("inaproc") else "APBD",
                "fiscal_year": year,
                "region_code": region,
                "is_pdn": "n" not in flags,
                "is_umk": "u" in flags,
                "specification": spec,
                "volume": int(vol) if vol else None,
                "unit": unit or None,
                "open": True,
            }
            relevance, restrict = grade_intent(grades, products, kinds)
            needs.append(Need(payload, key, reserved, relevance, restrict))
    return needs


# ---------------------------------------------------------------------------------------------- the law
def apply_law(need: Need, by_id: dict[str, Product]) -> tuple[dict[str, int], dict[str, str]]:
    """Grade after the law, and a short reason per non-zero or law-zeroed pair."""
    p = need.payload
    grade: dict[str, int] = {}
    reasons: dict[str, str] = {}
    volume = p["volume"] or 1

    def eligible_basic(prod: Product) -> str | None:
        q = prod.payload
        if p["procurement_type"] in ("konstruksi", "konsultansi"):
            return (
                f"jenis pengadaan {p['procurement_type']}: tidak dibeli dari katalog produk "
                "(Perpres 12/2021 Pasal 50, katalog untuk barang/jasa lainnya)"
            )
        total = q["price_idr"] * volume
        if total > p["pagu_idr"]:
            price, pagu = rupiah(q["price_idr"]), rupiah(p["pagu_idr"])
            return f"harga {price} x volume {volume} = {rupiah(total)} melebihi pagu {pagu}"
        cap = q["monthly_capacity"]
        if p["volume"] and cap is not None and cap * 3 < p["volume"]:
            return f"kapasitas {cap}/bulan x 3 bulan < volume {p['volume']} {p['unit'] or ''}".rstrip()
        if need.restrict and not (prod.region == need.restrict or prod.region.startswith(need.restrict + ".")):
            return f"paket mensyaratkan penyedia berdomisili di {need.restrict}; penyedia di {prod.region}"
        return None

    basic = {pid: eligible_basic(by_id[pid]) for pid in need.relevance}
    fitting = [pid for pid, r in need.relevance.items() if r == 3 and basic[pid] is None]

    reserved_pkg = p["procurement_type"] in ("barang", "jasa_lainnya", "konstruksi") and (
        p["pagu_idr"] <= RESERVATION_CEILING_IDR or p["is_umk"]
    )
    small_can_supply = any(by_id[pid].scale in SMALL_SCALES or by_id[pid].cooperative for pid in fitting)
    reservation_on = reserved_pkg and small_can_supply

    def survives_reservation(prod: Product) -> bool:
        return not reservation_on or prod.scale in SMALL_SCALES or prod.cooperative

    def qualifies_pdn(prod: Product) -> bool:
        t, b = prod.payload["tkdn_percent"], prod.payload["bmp_percent"]
        return t is not None and t >= PDN_TKDN_MIN and t + (b or 0) >= PDN_TKDN_BMP_MIN

    pdn_on = p["is_pdn"] and any(survives_reservation(by_id[pid]) and qualifies_pdn(by_id[pid]) for pid in fitting)

    for pid, rel in need.relevance.items():
        prod = by_id[pid]
        why = basic[pid]
        if why is None and not survives_reservation(prod):
            why = (
                f"paket dicadangkan untuk usaha mikro/kecil/koperasi (Pasal 65, pagu {rupiah(p['pagu_idr'])}"
                f"{', UMK' if p['is_umk'] else ''}); penyedia berskala {prod.scale}"
            )
        if why is None and pdn_on and not qualifies_pdn(prod):
            t, b = prod.payload["tkdn_percent"], prod.payload["bmp_percent"]
            why = "paket PDN dan ada penawaran ber-TKDN >= 25% dengan TKDN+BMP >= 40% (Pasal 66); produk ini " + (
                "tanpa TKDN" if t is None else f"TKDN {t:.1f}% + BMP {b or 0:.1f}%".replace(".", ",")
            )
        kind_label = next(k.category for k in KINDS if k.kind == prod.kind)
        what = {3: "barang yang diminta", 2: "pengganti dekat/varian yang cocok", 1: "terkait, bukan yang diminta"}[rel]
        if why is None:
            grade[pid] = rel
            reasons[pid] = f"{rel}: {what} ({kind_label})"
        else:
            grade[pid] = 0
            reasons[pid] = f"0 (relevansi {rel}, {what}): {why}"
    return grade, reasons


# ---------------------------------------------------------------------------------------------- split
def province(code: str) -> str:
    return code.split(".", 1)[0]


def split(needs: list[Need], grades: dict[str, dict[str, int]]) -> tuple[list[Need], list[Need]]:
    rng = random.Random(SEED)
    strata: dict[tuple[str, bool], list[Need]] = defaultdict(list)
    for need in needs:
        fits = any(g >= 2 for g in grades[need.payload["need_id"]].values())
        strata[(province(need.payload["region_code"]), fits)].append(need)
    # Reserved-source needs can only tune; the free ones fill the tuning half up to half of the set, the same
    # share taken from every (province, fits) stratum so both halves keep the mix.
    forced_total = sum(n.reserved for n in needs)
    free_total = len(needs) - forced_total
    ratio = max(0.0, (len(needs) / 2 - forced_total) / free_total) if free_total else 0.0
    tune: list[Need] = []
    held: list[Need] = []
    owed = 0.0
    for key in sorted(strata):
        group = strata[key]
        free = [n for n in group if not n.reserved]
        rng.shuffle(free)
        owed += len(free) * ratio
        take = min(len(free), int(owed + 0.5))
        owed -= take
        tune += [n for n in group if n.reserved] + free[:take]
        held += free[take:]
    return tune, held


def _grade_all(needs: list[Need], by_id: dict[str, Product]) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    grades: dict[str, dict[str, int]] = {}
    relevance: dict[str, dict[str, int]] = {}
    reasons: dict[str, dict[str, str]] = {}
    for need in needs:
        nid = need.payload["need_id"]
        grades[nid], reasons[nid] = apply_law(need, by_id)
        relevance[nid] = dict(need.relevance)
    return grades, relevance, reasons


def _doc(part: list[Need], labels: dict[str, str], graded: tuple[dict[str, Any], ...]) -> dict[str, Any]:
    grades, relevance, reasons = graded
    ids = [n.payload["need_id"] for n in part]
    return {
        "needs": [n.payload for n in part],
        "sources": {n.payload["need_id"]: labels[n.source] for n in part},
        "qrels": {i: {pid: g for pid, g in grades[i].items() if g > 0} for i in ids},
        "relevance": {i: relevance[i] for i in ids},
        "reasons": {i: reasons[i] for i in ids},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="which", default="main", help="main, or a blind set such as blind2")
    args = parser.parse_args()
    suppliers, products = build_catalog()
    by_id = {p.payload["product_id"]: p for p in products}
    catalog = {"suppliers": suppliers, "products": [p.payload for p in products]}
    catalog_text = json.dumps(catalog, ensure_ascii=False, indent=1) + "\n"
    OUT.mkdir(parents=True, exist_ok=True)
    if args.which != "main":
        if not re.fullmatch(r"blind\w+", args.which):
            raise SystemExit(f"--set {args.which}: expected main or a blind set (blind2, blind3, ...)")
        BLIND = importlib.import_module(f"bench.matcher_eval_needs_{args.which}").SOURCES
        if (OUT / "catalog.json").read_text() != catalog_text:
            raise SystemExit("catalog.json differs from the catalog tables: rebuild the main set first")
        needs = build_needs(products, BLIND)
        graded = _grade_all(needs, by_id)
        labels = {key: label for key, (label, *_rest) in BLIND.items()}
        doc = _doc(needs, labels, graded)
        (OUT / f"{args.which}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
        print(f"{len(products)} products (catalog.json unchanged), {len(needs)} {args.which} needs")
        return
    needs = build_needs(products)
    graded = _grade_all(needs, by_id)
    tune, held = split(needs, graded[0])
    (OUT / "catalog.json").write_text(catalog_text)
    labels = {key: label for key, (label, *_rest) in SOURCES.items()}
    for name, part in (("tune.json", tune), ("heldout.json", held)):
        (OUT / name).write_text(json.dumps(_doc(part, labels, graded), ensure_ascii=False, indent=1) + "\n")
    print(f"{len(suppliers)} suppliers, {len(products)} products, {len(tune)} tune + {len(held)} held-out needs")


if __name__ == "__main__":
    main()
