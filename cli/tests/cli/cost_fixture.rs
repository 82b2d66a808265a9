//! Pricing a fixture of `testdata/cost/` with the catalogs `prices update` wrote from hand-written price
//! API responses, and reading what each resource costs.

use serde_json::Value;

use crate::price_offers::serve;
use crate::support::{TempRepo, repo_root, tollgate_env, validate};

/// `prices update` of one provider (`aws`: us-east-1, `azure`: eastus) from the hand-written responses,
/// into `catalogs/` of `scratch`; returns that directory.
pub fn catalogs_from_fixture_prices(scratch: &TempRepo, provider: &str) -> String {
    let url = serve();
    let catalogs = scratch.path().join("catalogs").display().to_string();
    let env = [
        ("TOLLGATE_AWS_PRICING_URL", url.as_str()),
        ("TOLLGATE_AZURE_PRICES_URL", url.as_str()),
        ("TOLLGATE_CATALOG_DIR", catalogs.as_str()),
    ];
    let args = ["prices", "update", "--provider", provider, "--aws-region", "us-east-1", "--azure-region", "eastus"];
    let update = tollgate_env(scratch.path(), &args, &env);
    assert_eq!(update.code, 0, "{}", update.stderr);
    catalogs
}

/// `tollgate cost testdata/cost/<fixture>` with its usage file and the catalogs in `catalogs`: the
/// JSON report (checked against the schema), its catalogs' fetch date and server address redacted.
pub fn cost_of(fixture: &str, catalogs: &str) -> Value {
    let dir = format!("testdata/cost/{fixture}");
    let usage = format!("{dir}/infracost-usage.yml");
    let args = ["cost", &dir, "--usage-file", &usage, "--catalog-dir", catalogs, "--format", "json"];
    let run = tollgate_env(&repo_root(), &args, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut report = run.json();
    validate("schemas/cost.schema.json", &report);
    // The catalog's date is the day it was fetched and its source names the local server's port.
    for catalog in report["catalogs"].as_array_mut().into_iter().flatten().filter(|c| c["catalog"] == "updated") {
        catalog["date"] = "[date]".into();
        catalog["source"] = "[source]".into();
    }
    let components = report["resources"]
        .as_array_mut()
        .into_iter()
        .flatten()
        .flat_map(|r| r["components"].as_array_mut().map(|c| c.iter_mut()).into_iter().flatten());
    for component in components.filter(|c| c["catalog"] == "updated") {
        component["as_of"] = "[date]".into();
    }
    report
}

/// Each priced resource's address and monthly cost.
pub fn monthly(report: &Value) -> Vec<(String, f64)> {
    let resources = report["resources"].as_array().expect("resources");
    resources
        .iter()
        .map(|r| (r["address"].as_str().unwrap_or("").to_owned(), r["monthly"].as_f64().unwrap_or(-1.0)))
        .collect()
}

/// Asserts that exactly these resources are priced, at these monthly costs.
pub fn assert_priced(report: &Value, expected: &[(&str, f64)]) {
    let priced = monthly(report);
    for (address, amount) in expected {
        assert!(priced.contains(&((*address).to_owned(), *amount)), "{address} {amount}: {priced:?}");
    }
    assert_eq!(priced.len(), expected.len(), "{priced:?}");
}
