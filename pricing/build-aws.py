#!/usr/bin/env python3
"""Builds pricing/aws.json (the shipped AWS catalog) from the public list-price data in
../shared/pricing/aws (see pricing/SOURCES.md for every file's upstream, commit, date and license).

Usage: python3 pricing/build-aws.py [SOURCE_DIR] > pricing/aws.json     (default ../shared/pricing/aws)

Products and SKU keys are the ones `tollgate prices update` writes (engine/src/cost/import_aws_products.rs),
so a catalog from `prices update` replaces this one product for product. Only AWS Regions are kept
(local and Wavelength zones are left out), and only what the estimators read. Where two sources price
the same SKU in the same region, the most recent wins and every disagreement over 1% is printed on
stderr. A missing or malformed source file stops the build with the file named; nothing is written.
"""
import json
import os
import re
import sys
from collections import Counter

# Upstream of each source (SOURCES.md): what a product's `source` and `date` say.
PRICE_WATCHER = ("QuinnyPig/aws-price-watcher a6645eb2e53e, AWS pricing-page data", "2025-06-18")
EC2SHOP = "yeo/ec2.shop 74c9fd8ab5ac, AWS pricing-page data"
AWS_PRICE = "lamngockhuong/aws-price 508fb45296c8, AWS pricing-page data"
KARPENTER = "aws/karpenter-provider-aws 1d927085dd81, AWS Pricing API"


def fail(message):
    sys.stderr.write(f"build-aws: {message}\n")
    sys.exit(1)


def load(root, name):
    path = os.path.join(root, name)
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        fail(f"{path}: {e}")


def price(text):
    return round(float(text), 10)


class Builder:
    def __init__(self, root):
        self.root = root
        locations = load(root, "aws-price/locations.json")
        self.regions = {name: v["code"] for name, v in locations.items() if v.get("type") == "AWS Region"}
        if not self.regions:
            fail(f"{root}/aws-price/locations.json: no AWS Region in the location table")
        # Longest first: "US East (N. Virginia) (Instance Type: ...)" starts with its location name.
        self.names = sorted(self.regions, key=len, reverse=True)
        self.products = {}
        self.disagreements = []

    def region(self, location):
        if location in self.regions:
            return self.regions[location]
        for name in self.names:
            if location.startswith(name + " ("):
                return self.regions[name]
        return None

    def put(self, product, unit, source, date, sku, region, value, replace=False):
        entry = self.products.setdefault(product, {"unit": unit, "source": source, "date": date, "skus": {}})
        regions = entry["skus"].setdefault(sku, {})
        old = regions.get(region)
        if old is not None and old != value:
            if max(old, value) > 0 and abs(old - value) / max(old, value) > 0.01:
                self.disagreements.append((product, sku, region, old, value))
            if not replace:
                return
        regions[region] = value

    def watcher(self, name):
        return load(self.root, f"price-watcher/{name}.json")

    def per_location(self, product, unit, sku, prices, source=PRICE_WATCHER):
        for location, value in prices.items():
            region = self.region(location)
            if region and value not in (None, ""):
                self.put(product, unit, source[0], source[1], sku, region, price(value))


# Prices read straight from one price-watcher file, by location: (file, metric, product, unit, sku).
WATCHER_PRICES = [
    ("elb", "Application Load Balancer Hours", "load_balancer", "hour", "application"),
    ("elb", "Network Load Balancer Hours", "load_balancer", "hour", "network"),
    ("elb", "Gateway Load Balancer Hours", "load_balancer", "hour", "gateway"),
    ("elb", "Classic Load Balancer Hours", "load_balancer", "hour", "classic"),
    ("eks", "Compute per hours", "eks_cluster", "hour", "standard"),
    ("vpc", "Hourly charge for In use Public IPv4 Addresses per Hrs", "public_ipv4", "hour", "address"),
    ("dynamodb", "Provisioned Read Units", "dynamodb_capacity", "capacity-unit-hour", "read"),
    ("dynamodb", "Provisioned Write Units", "dynamodb_capacity", "capacity-unit-hour", "write"),
    ("dynamodb", "PayPerRequest Read Request Units", "dynamodb_requests", "request-unit", "read"),
    ("dynamodb", "PayPerRequest Write Request Units", "dynamodb_requests", "request-unit", "write"),
    ("dynamodb", "Data Storage Indexed GB-Mo", "dynamodb_storage", "GB-month", "standard"),
    ("lambda", "Lambda Requests", "lambda_requests", "request", "requests"),
    ("lambda", "Lambda Duration", "lambda_duration", "GB-second", "x86_64"),
    ("lambda", "Lambda Duration-ARM", "lambda_duration", "GB-second", "arm64"),
    ("s3", "Standard Storage First 50 TB per GB Mo", "s3_storage", "GB-month", "standard"),
    ("s3", "PUT COPY/POST or LIST requests per Requests", "s3_requests", "request", "tier1"),
    ("s3", "GET and all other requests per Requests", "s3_requests", "request", "tier2"),
    ("s3", "Express One Zone Storage Inf per GB Mo", "s3_express_storage", "GB-month", "standard"),
    ("cloudwatch", "Alarm Standard", "cloudwatch_alarm", "alarm-metric-month", "standard"),
    ("cloudwatch", "Alarm High Resolution", "cloudwatch_alarm", "alarm-metric-month", "high_resolution"),
    ("cloudwatch", "Logs Collected Data Ingestion", "cloudwatch_logs", "GB", "ingestion"),
    ("cloudwatch", "Stored Data", "cloudwatch_logs_storage", "GB-month", "standard"),
    # Vended logs (VPC flow logs among them), the first 10 TB a month's rate, by destination.
    ("cloudwatch", "Vended Logs First 10TB", "vended_logs", "GB", "cloud-watch-logs"),
    ("cloudwatch", "Delivered Logs for first 10TB", "vended_logs", "GB", "s3"),
    ("cloudwatch", "Amazon Kinesis Data Firehose Delivered Logs for first 10TB", "vended_logs", "GB",
     "kinesis-data-firehose"),
    ("kms", "Encryption Key", "kms_key", "month", "key"),
    ("secretsmanager", "Secret", "secrets_manager", "month", "secret"),
    ("vpc", "Hourly charge for VPC Endpoints per Hrs", "vpc_endpoint", "hour", "interface"),
    ("vpc", "Hourly charge for AWS Gateway Load Balancer VPC Endpoint per Hrs", "vpc_endpoint", "hour",
     "gateway_load_balancer"),
    # The first PB a month's rate; the lower ones past it are volume discounts.
    ("vpc", "Charge for per GB data processed by VPC Endpoints per GB from 0 to 1048576", "vpc_endpoint_data", "GB",
     "interface"),
    ("vpc", "Charge for per GB data processed by AWS Gateway Load Balancer VPC Endpoint per GB", "vpc_endpoint_data",
     "GB", "gateway_load_balancer"),
    ("efs", "General Purpose Storage GB Mo", "efs_storage", "GB-month", "standard"),
    ("efs", "One Zone General Purpose Storage GB Mo", "efs_storage", "GB-month", "one_zone"),
    ("efs", "Throughput Provisioned", "efs_throughput", "MBps-month", "provisioned"),
    ("eks", "Fargate perCPU per hours", "fargate_vcpu", "vCPU-hour", "linux"),
    ("eks", "Fargate perGB per hours", "fargate_memory", "GB-hour", "linux"),
    ("ecr", "EC2 Container Registry", "ecr_storage", "GB-month", "standard"),
    ("sns", "Amazon SNS API Requests", "sns_requests", "request", "standard"),
    ("sns", "Amazon SNS FIFO API Requests per Requests", "sns_requests", "request", "fifo"),
    ("kinesis", "Provisioned shard hour per ShardHour", "kinesis_shard", "hour", "provisioned"),
    ("kinesis", "OnDemandStreamHr per StreamHr", "kinesis_stream", "hour", "on_demand"),
    ("kinesis", "OnDemandDataIngested per GB", "kinesis_data", "GB", "on_demand_ingested"),
    ("mq", "Broker Storage GB Mo", "mq_storage", "GB-month", "efs"),
    ("mq", "Broker Storage Single AZ GB-Mo", "mq_storage", "GB-month", "ebs"),
]


def watcher_prices(b):
    files = {}
    for name, metric, product, unit, sku in WATCHER_PRICES:
        if name not in files:
            files[name] = b.watcher(name)
        b.per_location(product, unit, sku, files[name][metric])


def ec2(b):
    prefix = "OnDemand Linux-instancetype-"
    for key, prices in b.watcher("ec2").items():
        if key.startswith(prefix):
            b.per_location("ec2_instance", "hour", key[len(prefix):], prices)
    # The AWS Pricing API's us-east-1 prices of 2026-07 are newer; `*.metal` keeps the pricing page's
    # (that table holds dedicated-tenancy values for bare metal).
    karpenter = load(b.root, "karpenter/ec2-ondemand.json")
    date = karpenter["generated_at"][:10]
    for region, types in sorted(karpenter["prices"].items()):
        for instance_type, value in sorted(types.items()):
            if ".metal" in instance_type:
                continue
            b.put("ec2_instance", "hour", KARPENTER, date, instance_type, region, round(value, 10), replace=True)
    b.products["ec2_instance"]["date"] = date
    b.products["ec2_instance"]["source"] = f"{KARPENTER} (us-east-1); {PRICE_WATCHER[0]} (other regions, *.metal)"


def ebs(b):
    data = load(b.root, "ec2shop/ebs.json")
    date = data["manifest"]["hawkFilePublicationDate"][:10]
    volumes = {"gp2": "Storage General Purpose gp2 GB Mo", "gp3": "Storage General Purpose gp3 GB Mo",
               "io1": "Storage Provisioned IOPS io1 GB Mo", "io2": "Storage Provisioned IOPS io2 GB month",
               "st1": "Storage Throughput Optimized HDD st1 GB Mo", "sc1": "Storage Cold HDD sc1 GB Mo",
               "standard": "Storage Magnetic standard GB Mo"}
    iops = {"gp3": "Provisioned EBS IOPS gp3 Volumes per IOPS Mo", "io1": "Provisioned EBS IOPS io1 Volumes per IOPS Mo",
            "io2": "Provisioned EBS IOPS io2 Volumes per IOPS Mo"}
    for location, rates in sorted(data["regions"].items()):
        region = b.region(location)
        if not region:
            continue
        for products, unit, table in (("ebs_volume", "GB-month", volumes), ("ebs_iops", "IOPS-month", iops)):
            for sku, name in table.items():
                if name in rates:
                    b.put(products, unit, EC2SHOP, date, sku, region, price(rates[name]["price"]))


def nat_gateways(b):
    data = load(b.root, "aws-price/natgateway.json")
    date = data["manifest"]["hawkFilePublicationDate"][:10]
    for location, rates in sorted(data["regions"].items()):
        region = b.region(location)
        nonzero = [price(r["price"]) for r in rates.values() if float(r["price"]) > 0]
        if region and nonzero:
            # The hour and the GB processed cost the same in every region; the rare higher rate is
            # another feature's, so the most common one is the gateway's.
            common = Counter(nonzero).most_common(1)[0][0]
            b.put("nat_gateway", "hour", AWS_PRICE, date, "hours", region, common)
            b.put("nat_gateway_data", "GB", AWS_PRICE, date, "data", region, common)


def rds(b):
    folder = os.path.join(b.root, "ec2shop/rds")
    try:
        names = sorted(n for n in os.listdir(folder) if n.endswith(".json"))
    except OSError as e:
        fail(f"{folder}: {e}")
    engines = {"PostgreSQL": "postgres", "MySQL": "mysql"}
    dates = []
    for name in names:
        data = load(b.root, f"ec2shop/rds/{name}")
        dates.append(data["manifest"]["hawkFilePublicationDate"][:10])
        for location, rows in sorted(data["regions"].items()):
            region = b.region(location)
            for row in rows.values():
                engine = engines.get(row.get("Database Engine"))
                deployment = {"Single-AZ": "single-az", "Multi-AZ": "multi-az"}.get(row.get("Deployment Option"))
                on_demand = row.get("OnDemand:PricePerUnit")
                if region and engine and deployment and on_demand:
                    sku = f"{row['OnDemand:InstanceType']}/{engine}/{deployment}"
                    b.put("rds_instance", "hour", EC2SHOP, max(dates), sku, region, price(on_demand))
    pattern = re.compile(r"\[Database Instance (Aurora MySQL|Aurora PostgreSQL) .*(Single-AZ|Multi-AZ).*\] .* db (\S+) ")
    for key, prices in b.watcher("rds-aurora-ondemand").items():
        m = pattern.match(key)
        # The I/O-Optimized configuration is priced apart; the standard one is Aurora's default.
        if m and "IO Optimization" not in key:
            engine = {"Aurora MySQL": "aurora-mysql", "Aurora PostgreSQL": "aurora-postgresql"}[m.group(1)]
            deployment = m.group(2).lower()
            b.per_location("rds_instance", "hour", f"db.{m.group(3)}/{engine}/{deployment}", prices)
    storage = b.watcher("rds-storage")
    for deployment, az in (("single-az", "Single AZ"), ("multi-az", "Multi AZ")):
        for kind, suffix in (("gp2", "General Purpose"), ("gp3", "General Purpose-GP3"), ("io1", "Provisioned IOPS"),
                             ("standard", "Magnetic")):
            b.per_location("rds_storage", "GB-month", f"{kind}/{deployment}", storage[f"Database Storage {az} {suffix}"])


def caches_and_warehouses(b):
    cache = re.compile(r"\[OnDemand Cache Instance .*\] OnDemand Cache Instance .* cache (\S+) (Redis|Valkey|Memcached) ")
    for key, prices in b.watcher("elasticache").items():
        m = cache.match(key)
        if m:
            b.per_location("elasticache_node", "hour", f"cache.{m.group(1)}/{m.group(2).lower()}", prices)
    node = re.compile(r"\[OnDemand Compute Instance .*\] (\w+) (\w+) OnDemand")
    for key, prices in b.watcher("redshift").items():
        m = node.match(key)
        if m:
            b.per_location("redshift_node", "hour", f"{m.group(1)}.{m.group(2)}", prices)
    search = re.compile(r"(\w+) (\S+\.search) - .* - OnDemand - ")
    for key, prices in b.watcher("es").items():
        m = search.match(key)
        if m:
            b.per_location("opensearch_instance", "hour", f"{m.group(1)}.{m.group(2)}", prices)


def route53(b):
    # Route 53 prices a hosted zone the same everywhere: kept under `global`, as `prices update` does.
    zone = b.watcher("route53")["DNS Zone first 25"].get("Any")
    if zone is None:
        fail("price-watcher/route53.json: no `DNS Zone first 25` price")
    b.put("route53_zone", "month", PRICE_WATCHER[0], PRICE_WATCHER[1], "hosted_zone", "global", price(zone))


def mq_brokers(b):
    broker = re.compile(r"(RabbitMQ )?(Single Instance|Active Standby) mq (\S+)$")
    mq = b.watcher("mq")
    for key, prices in mq.items():
        m = broker.match(key)
        if m:
            engine = "rabbitmq" if m.group(1) else "activemq"
            # RabbitMQ's three-broker cluster is the deployment its "Active Standby" rows price.
            deployment = {"Single Instance": "single", "Active Standby": "multi-az"}[m.group(2)]
            b.per_location("mq_broker", "hour", f"mq.{m.group(3)}/{engine}/{deployment}", prices)


def main(root):
    b = Builder(root)
    try:
        for step in (ec2, ebs, nat_gateways, rds, caches_and_warehouses, route53, mq_brokers, watcher_prices):
            step(b)
    except KeyError as e:
        fail(f"{root}: a source lacks the key {e}")
    for product, sku, region, old, new in sorted(b.disagreements):
        sys.stderr.write(f"build-aws: {product} {sku} {region}: {old} and {new} differ by more than 1%; the newer is kept\n")
    products = {}
    for name in sorted(b.products):
        entry = b.products[name]
        skus = {sku: dict(sorted(regions.items())) for sku, regions in sorted(entry["skus"].items())}
        products[name] = {"unit": entry["unit"], "source": entry["source"], "date": entry["date"], "skus": skus}
    dates = sorted(p["date"] for p in products.values())
    catalog = {
        "provider": "aws",
        "currency": "USD",
        "source": "AWS on-demand list prices from public pricing-page and Pricing API data (pricing/SOURCES.md)",
        "date": dates[0],
        "products": products,
    }
    json.dump(catalog, sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../shared/pricing/aws"))
