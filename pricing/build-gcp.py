#!/usr/bin/env python3
"""Builds pricing/gcp.json (the shipped Google Cloud catalog) from the public price file of
Cyclenerd/google-cloud-pricing-cost-calculator (pricing.yml, Apache-2.0; see pricing/SOURCES.md).

Usage: python3 pricing/build-gcp.py PATH/TO/pricing.yml > pricing/gcp.json
Keeps on-demand hourly prices of compute instances, per-GB-month prices of persistent disks and
Cloud Storage classes, static IPs, Cloud NAT and VPN tunnels, for every region the file lists.
"""
import json
import sys

import yaml

def main(path):
    data = yaml.safe_load(open(path))
    compute = data["compute"]
    about = data["about"]

    def per_region(cost, key):
        return {region: round(values[key], 10) for region, values in sorted(cost.items()) if key in values}

    catalog = {
        "provider": "gcp",
        "currency": "USD",
        "source": about["url"] + " (pricing.yml), Google Cloud list prices",
        "date": about["generated"],
        "products": {
            "compute_instance": {"unit": "hour",
                "skus": {name: per_region(v["cost"], "hour") for name, v in sorted(compute["instance"].items()) if "cost" in v}},
            "persistent_disk": {"unit": "GB-month",
                "skus": {name: per_region(v["cost"], "month") for name, v in sorted(compute["storage"].items()) if "cost" in v}},
            "static_ip": {"unit": "hour",
                "skus": {name: per_region(v["cost"], "hour") for name, v in sorted(compute["network"]["ip"].items())}},
            "cloud_nat_gateway": {"unit": "hour", "skus": {"gateway": per_region(compute["network"]["nat"]["gateway"]["cost"], "hour")}},
            "cloud_nat_data": {"unit": "GB", "skus": {"data": per_region(compute["network"]["nat"]["data"]["cost"], "month")}},
            "vpn_tunnel": {"unit": "hour", "skus": {"tunnel": per_region(compute["network"]["vpn"]["tunnel"]["cost"], "hour")}},
            "storage_bucket": {"unit": "GB-month",
                "skus": {name: per_region(v["cost"], "month") for name, v in sorted(data["storage"]["bucket"].items())}},
        },
    }
    json.dump(catalog, sys.stdout, separators=(",", ":"), sort_keys=False)
    sys.stdout.write("\n")

if __name__ == "__main__":
    main(sys.argv[1])
