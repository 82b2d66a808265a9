//! `tollgate cost` of Azure virtual machines with their OS disks, managed disks, AKS, load balancers
//! and App Service plans, priced from the catalog `tollgate prices update` builds from hand-written Retail
//! Prices API items: each resource's monthly cost is what the fixture's comments work out by hand.

use serde_json::Value;

use crate::cost_fixture::{assert_priced, catalogs_from_fixture_prices, cost_of};
use crate::support::TempRepo;

#[test]
fn the_azure_fixture_costs_what_its_comments_work_out() {
    let scratch = TempRepo::new();
    let catalogs = catalogs_from_fixture_prices(&scratch, "azure");
    let report = cost_of("azure", &catalogs);
    let expected = [
        ("azurerm_linux_virtual_machine.app", 89.79),
        ("azurerm_managed_disk.data", 9.6),
        ("azurerm_kubernetes_cluster.aks", 283.24),
        ("azurerm_kubernetes_cluster_node_pool.batch", 60.74),
        ("azurerm_lb.front", 23.25),
        ("azurerm_lb.internal", 0.0),
        ("azurerm_service_plan.web", 246.74),
        ("azurerm_service_plan.legacy", 54.75),
    ];
    assert_priced(&report, &expected);
    assert_eq!(report["unpriced"], Value::Array(Vec::new()));
    assert_eq!(report["total_monthly"], 768.11);
    insta::assert_json_snapshot!("cost_azure", report);
}
