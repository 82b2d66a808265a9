# Priced from a catalog `tollgate prices update` builds from the Azure Retail Prices API; the tests
# serve it hand-written items with these eastus list prices (cli/tests/cli/price_offers*.rs).
# 730 hours a month. Usage-priced parts read infracost-usage.yml beside this file.

# Standard_D2s_v3 (Linux): 730 h x $0.096 = $70.08; OS disk Premium_LRS 100 GB is a P10: $19.71 -> $89.79
resource "azurerm_linux_virtual_machine" "app" {
  name                  = "app"
  location              = "East US"
  resource_group_name   = "rg"
  size                  = "Standard_D2s_v3"
  admin_username        = "azureuser"
  network_interface_ids = ["nic-1"]
  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 100
  }
}

# StandardSSD_LRS 100 GB is an E10: $9.60
resource "azurerm_managed_disk" "data" {
  name                 = "data"
  location             = "eastus"
  resource_group_name  = "rg"
  storage_account_type = "StandardSSD_LRS"
  create_option        = "Empty"
  disk_size_gb         = 100
}

# Standard tier: 730 h x $0.10 = $73.00; 3 x Standard_D2s_v3 nodes: 3 x 730 h x $0.096 = $210.24 -> $283.24
resource "azurerm_kubernetes_cluster" "aks" {
  name                = "aks"
  location            = "eastus"
  resource_group_name = "rg"
  dns_prefix          = "aks"
  sku_tier            = "Standard"
  default_node_pool {
    name       = "system"
    vm_size    = "Standard_D2s_v3"
    node_count = 3
  }
  identity {
    type = "SystemAssigned"
  }
}

# 2 x Standard_B2s nodes: 2 x 730 h x $0.0416 = $60.74
resource "azurerm_kubernetes_cluster_node_pool" "batch" {
  name                  = "batch"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.aks.id
  vm_size               = "Standard_B2s"
  node_count            = 2
}

# Standard: the first 5 rules 730 h x $0.025 = $18.25; 1,000 GB processed (usage) x $0.005 = $5.00 -> $23.25
resource "azurerm_lb" "front" {
  name                = "front"
  location            = "eastus"
  resource_group_name = "rg"
  sku                 = "Standard"
}

# Basic: no charge
resource "azurerm_lb" "internal" {
  name                = "internal"
  location            = "eastus"
  resource_group_name = "rg"
}

# P1v3 (Linux), 2 workers: 2 x 730 h x $0.169 = $246.74
resource "azurerm_service_plan" "web" {
  name                = "web"
  location            = "eastus"
  resource_group_name = "rg"
  os_type             = "Linux"
  sku_name            = "P1v3"
  worker_count        = 2
}

# B1 (Windows): 730 h x $0.075 = $54.75
resource "azurerm_service_plan" "legacy" {
  name                = "legacy"
  location            = "eastus"
  resource_group_name = "rg"
  os_type             = "Windows"
  sku_name            = "B1"
}
