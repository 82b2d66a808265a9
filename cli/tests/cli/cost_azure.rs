//! `tollgate cost` of Azure virtual machines with their OS disks, managed disks, AKS, load balancers
//! and App Service plans, priced from the catalog `tollgate prices update` builds from recorded Retail
//! Prices API items: each resource's monthly cost is what the fixture's comments work out by hand.

use serde_json::Value;

use crate::price_offers::serve;
use crate::support::{TempRepo, repo_root, tollgate_env, validate};

#[test]
fn the_azure_fixture_costs_what_its_comments_work_out() {
    let url = serve();
    let scratch = TempRepo::new();
    let catalogs = scratch.path().join("catalogs").display().to_string();
    let env = [("TOLLGATE_AZURE_PRICES_URL", url.as_str()), ("TOLLGATE_CATALOG_DIR", catalogs.as_str())];
    let update =
        tollgate_env(scratch.path(), &["prices", "update", "--provider", "azure", "--azure-region", "eastus"], &env);
    assert_eq!(update.code, 0, "{}", update.stderr);
    let args = [
        "cost",
        "testdata/cost/azure",
        "--usage-file",
        "testdata/cost/azure/infracost-usage.yml",
        "--catalog-dir",
        &catalogs,
        "--format",
        "json",
    ];
    let run = tollgate_env(&repo_root(), &args, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut report = run.json();
    validate("schemas/cost.schema.json", &report);
    let priced: Vec<(String, f64)> = report["resources"]
        .as_array()
        .expect("resources")
        .iter()
        .map(|r| (r["address"].as_str().unwrap_or("").to_owned(), r["monthly"].as_f64().unwrap_or(-1.0)))
        .collect();
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
    for (address, amount) in expected {
        assert!(priced.contains(&(address.to_owned(), amount)), "{address} {amount}: {priced:?}");
    }
    assert_eq!(priced.len(), expected.len(), "{priced:?}");
    assert_eq!(report["unpriced"], Value::Array(Vec::new()));
    assert_eq!(report["total_monthly"], 768.11);
    // The catalog's date is the day it was fetched and its source names the local server's port.
    for catalog in report["catalogs"].as_array_mut().into_iter().flatten() {
        catalog["date"] = "[date]".into();
        catalog["source"] = "[source]".into();
    }
    insta::assert_json_snapshot!("cost_azure", report);
}
