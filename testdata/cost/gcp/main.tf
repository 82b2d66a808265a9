# Priced from pricing/gcp.json (Google Cloud list prices, 2026-07-30); 730 hours a month.

# e2-medium in us-central1: 730 h x $0.03350571 = $24.46
# boot disk pd-balanced: 20 GB x $0.10 = $2.00          -> $26.46 per instance, x2 (count) = $52.92
resource "google_compute_instance" "web" {
  count        = 2
  name         = "web-${count.index}"
  machine_type = "e2-medium"
  zone         = "us-central1-a"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
      size  = 20
      type  = "pd-balanced"
    }
  }
  network_interface {
    network = "default"
  }
}

# n2-standard-4 in europe-west1: 730 h x $0.213668 = $155.98
# boot disk defaults to pd-standard, 10 GB x $0.04 = $0.40   -> $156.38
resource "google_compute_instance" "batch" {
  name         = "batch"
  machine_type = "n2-standard-4"
  zone         = "europe-west1-b"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    network = "default"
  }
}

# pd-ssd in europe-west1: 100 GB x $0.17 = $17.00
resource "google_compute_disk" "data" {
  name = "data"
  type = "pd-ssd"
  zone = "europe-west1-b"
  size = 100
}

# static IP in use, us-central1: 730 h x $0.005 = $3.65
resource "google_compute_address" "web" {
  name   = "web"
  region = "us-central1"
}

# internal addresses are free: $0.00
resource "google_compute_address" "internal" {
  name         = "internal"
  region       = "us-central1"
  address_type = "INTERNAL"
}

# Cloud NAT in us-central1: 730 h x $0.0448 = $32.70
# data processed (usage file): 500 GB x $0.045 = $22.50        -> $55.20
resource "google_compute_router_nat" "nat" {
  name                               = "nat"
  router                             = "router"
  region                             = "us-central1"
  nat_ip_allocate_option             = "AUTO_ONLY"
  source_subnetwork_ip_ranges_to_nat = "ALL_SUBNETWORKS_ALL_IP_RANGES"
}

# STANDARD in the US multi-region (usage file): 1,000 GB x $0.026 = $26.00
resource "google_storage_bucket" "logs" {
  name     = "logs"
  location = "US"
}

# NEARLINE in europe-west1, no usage given: $0.00, "depends on usage"
resource "google_storage_bucket" "archive" {
  name          = "archive"
  location      = "EUROPE-WEST1"
  storage_class = "NEARLINE"
}

# Free: networks and firewalls cost nothing by themselves (not listed).
resource "google_compute_network" "main" {
  name = "main"
}

# Unpriced: preemptible prices are not in the catalog (listed with the reason).
resource "google_compute_instance" "spot" {
  name         = "spot"
  machine_type = "e2-small"
  zone         = "us-central1-a"
  scheduling {
    preemptible = true
  }
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    network = "default"
  }
}

# A regional pool (us-central1, nodes in 3 zones), 1 e2-standard-4 node per zone:
# 3 x 730 h x $0.13402284 = $293.51; 3 x 50 GB pd-ssd x $0.17 = $25.50          -> $319.01
resource "google_container_node_pool" "regional" {
  name       = "regional"
  cluster    = "gke"
  location   = "us-central1"
  node_count = 1
  node_config {
    machine_type = "e2-standard-4"
    disk_size_gb = 50
    disk_type    = "pd-ssd"
  }
}

# A zonal pool at its autoscaler's minimum of 2 nodes, GKE's defaults (e2-medium, 100 GB pd-balanced):
# 2 x 730 h x $0.03685773 = $53.81; 2 x 100 GB x $0.10 = $20.00                  -> $73.81
resource "google_container_node_pool" "zonal" {
  name     = "zonal"
  cluster  = "gke-eu"
  location = "europe-west1-b"
  autoscaling {
    min_node_count = 2
    max_node_count = 5
  }
}

# 730 h x $0.05 = $36.50
resource "google_compute_vpn_tunnel" "onprem" {
  name          = "onprem"
  region        = "us-central1"
  peer_ip       = "203.0.113.10"
  shared_secret = "not-a-secret"
}

# Unpriced: the GKE cluster fee is not in the shipped catalog (its node pools are priced above).
resource "google_container_cluster" "gke" {
  name                     = "gke"
  location                 = "us-central1"
  remove_default_node_pool = true
  initial_node_count       = 1
}

# Total: 52.92 + 156.38 + 17.00 + 3.65 + 0.00 + 55.20 + 26.00 + 0.00 + 319.01 + 73.81 + 36.50 = $740.47
