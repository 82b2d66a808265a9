#!/usr/bin/env python3
"""Builds pricing/azure.json (the shipped Azure catalog) from the public list-price data in
../shared/pricing/azure (see pricing/SOURCES.md for every file's upstream, commit, date and license).

Usage: python3 pricing/build-azure.py [SOURCE_DIR] > pricing/azure.json   (default ../shared/pricing/azure)

Products and SKU keys are the ones `tollgate prices update` writes (engine/src/cost/import_azure.rs):
`vm_linux` (every size and region the data has, pay-as-you-go, per hour) and `managed_disk` (by tier and
redundancy, per disk a month, in the regions the data has). Where two items price the same SKU in the
same region, the later file wins and every disagreement over 1% is printed on stderr. A missing or
malformed source file stops the build with the file named; nothing is written.
"""
import json
import os
import sys

KARPENTER = "Azure/karpenter-provider-azure 352646f59929, Azure Retail Prices API"
RADAR = "andy-diericks/azure-pricing-radar cf741f25c507, Azure Retail Prices API items"


def fail(message):
    sys.stderr.write(f"build-azure: {message}\n")
    sys.exit(1)


def load(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        fail(f"{path}: {e}")


def vms(root):
    data = load(os.path.join(root, "karpenter/vm-ondemand.json"))
    try:
        date, prices = data["generated_at"][:10], data["prices"]
    except KeyError as e:
        fail(f"{root}/karpenter/vm-ondemand.json: no {e}")
    skus = {}
    for region, sizes in prices.items():
        for size, value in sizes.items():
            # Only VM sizes (`Standard_D2s_v5`, `Basic_A1`): the file also keys dedicated-host types.
            if size.startswith(("Standard_", "Basic_")):
                skus.setdefault(size, {})[region] = round(value, 10)
    return {"unit": "hour", "source": KARPENTER, "date": date, "skus": skus}


def disks(root):
    folder = os.path.join(root, "pricing-radar")
    try:
        names = sorted(n for n in os.listdir(folder) if n.startswith("storage-") and n.endswith(".json"))
    except OSError as e:
        fail(f"{folder}: {e}")
    if not names:
        fail(f"{folder}: no storage-*.json files")
    checked = load(os.path.join(folder, "last-checked.json")).get("at", "")[:10]
    skus, disagreements = {}, []
    for name in names:
        for item in load(os.path.join(folder, name)).values():
            try:
                product, sku, meter = item["productName"], item["skuName"], item["meterName"]
                region, value, unit = item["armRegionName"], item["retailPrice"], item["unitOfMeasure"]
            except KeyError as e:
                fail(f"{folder}/{name}: an item lacks {e}")
            if not product.endswith("Managed Disks") or unit != "1/Month" or " " not in sku:
                continue
            tier, redundancy = sku.split(" ", 1)
            if meter not in (f"{tier} {redundancy} Disk", f"{tier} Disk"):
                continue
            key = f"{tier}/{redundancy}"
            old = skus.setdefault(key, {}).get(region)
            if old is not None and old != value and abs(old - value) / max(old, value) > 0.01:
                disagreements.append((key, region, old, value))
            skus[key][region] = round(value, 10)
    for key, region, old, new in sorted(disagreements):
        sys.stderr.write(f"build-azure: managed_disk {key} {region}: {old} and {new} differ by more than 1%; the later is kept\n")
    return {"unit": "month", "source": RADAR, "date": checked, "skus": skus}


def main(root):
    products = {"managed_disk": disks(root), "vm_linux": vms(root)}
    for product in products.values():
        product["skus"] = {sku: dict(sorted(regions.items())) for sku, regions in sorted(product["skus"].items())}
    catalog = {
        "provider": "azure",
        "currency": "USD",
        "source": "Azure pay-as-you-go list prices from public Retail Prices API data (pricing/SOURCES.md)",
        "date": min(p["date"] for p in products.values()),
        "products": products,
    }
    json.dump(catalog, sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../shared/pricing/azure"))
