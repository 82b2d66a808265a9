//! `tollgate drift`: every snapshot format and classification on the fixtures of `testdata/drift/`,
//! JSON snapshots checked against `schemas/drift.schema.json`, ignore files, exit codes, bad snapshots.

use insta::assert_json_snapshot;
use serde_json::Value;

use crate::support::{TempRepo, repo_root, tollgate, validate};

/// `tollgate drift testdata/drift/<name> --live <live...>` as JSON, validated; with the exit code.
fn drift(name: &str, live: &[&str], extra: &[&str]) -> (i32, Value) {
    let dir = format!("testdata/drift/{name}");
    let mut args = vec!["drift".to_owned(), dir.clone(), "--format".into(), "json".into()];
    for l in live {
        args.extend(["--live".to_owned(), format!("{dir}/{l}")]);
    }
    args.extend(extra.iter().map(|s| (*s).to_owned()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = tollgate(&repo_root(), &args);
    let report = run.json();
    validate("schemas/drift.schema.json", &report);
    (run.code, report)
}

#[test]
fn terraform_state_and_snapshot_every_classification() {
    let (code, report) = drift("aws", &["live"], &[]);
    assert_eq!(code, 1);
    assert_json_snapshot!("drift_aws", report);
    // Only the missing instance is high: `--fail-on high` still fails, `critical` does not.
    assert_eq!(drift("aws", &["live"], &["--fail-on", "high"]).0, 1);
    let (code, report) = drift("aws", &["live"], &["--fail-on", "critical"]);
    assert_eq!((code, report["summary"]["result"].as_str()), (0, Some("drift-below-threshold")));
}

#[test]
fn real_show_json_state_and_raw_tfstate_with_modules_are_clean() {
    for live in ["live/show.json", "live/terraform.tfstate"] {
        let (code, report) = drift("modules", &[live], &[]);
        assert_eq!(code, 0, "{live}: {report:#}");
        assert_eq!(report["summary"]["matched"], 2, "{live}");
        assert_eq!(report["summary"]["result"], "clean", "{live}");
    }
    // Both snapshots together, as the fixture's README shows them: one estate, still clean.
    let (code, report) = drift("modules", &["live/show.json", "live/terraform.tfstate"], &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!((report["summary"]["matched"].as_u64(), report["summary"]["unmanaged"].as_u64()), (Some(2), Some(0)));
    // The plan/state side can stand in for the repository with `--desired`.
    let run = tollgate(
        &repo_root(),
        &[
            "drift",
            "--desired",
            "testdata/drift/modules/live/show.json",
            "--live",
            "testdata/drift/modules/live/terraform.tfstate",
            "-f",
            "json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
}

#[test]
fn refresh_only_plan_is_terraforms_own_view_of_live() {
    let (code, report) = drift("refresh-only", &["live/plan.json"], &[]);
    assert_eq!(code, 1);
    assert_json_snapshot!("drift_refresh_only", report);
}

#[test]
fn kubectl_lists_match_by_kind_namespace_and_name() {
    let (code, report) = drift("kubernetes", &["live"], &[]);
    assert_eq!(code, 1);
    assert_json_snapshot!("drift_kubernetes", report);
    let markdown = tollgate(
        &repo_root(),
        &["drift", "testdata/drift/kubernetes", "--live", "testdata/drift/kubernetes/live", "-f", "markdown"],
    );
    assert!(
        markdown.stdout.contains(
            "| medium | `Deployment/web` | `spec.replicas` | `2` | `5` | `testdata/drift/kubernetes/app.yaml:8` |"
        ),
        "{}",
        markdown.stdout
    );
    assert!(markdown.stdout.contains("### Missing (declared, not live)"), "{}", markdown.stdout);
}

#[test]
fn bad_snapshots_are_located_errors_and_the_rest_is_still_compared() {
    // The AWS fixture's declared side against the bad snapshots and the AWS state.
    let run = tollgate(
        &repo_root(),
        &[
            "drift",
            "testdata/drift/aws",
            "--live",
            "testdata/drift/bad/live",
            "--live",
            "testdata/drift/aws/live/terraform.tfstate",
            "-f",
            "json",
        ],
    );
    let report = run.json();
    validate("schemas/drift.schema.json", &report);
    assert_eq!(run.code, 2);
    let errors: Vec<(String, u64, String)> = report["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| {
            (
                e["file"].as_str().unwrap_or("").to_owned(),
                e["line"].as_u64().unwrap_or(0),
                e["message"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    assert_eq!(errors.len(), 4, "{errors:?}");
    assert!(errors[0].0.ends_with("cut.jsonl") && errors[0].1 == 2, "a cut JSON line is named: {errors:?}");
    assert!(errors[1].0.ends_with("old.tfstate") && errors[1].2.contains("version 3"), "{errors:?}");
    assert!(errors[2].0.ends_with("truncated.json") && errors[2].1 == 5, "{errors:?}");
    assert!(errors[3].0.ends_with("unknown.json") && errors[3].2.contains("not a known snapshot format"), "{errors:?}");
    assert_eq!(report["summary"]["matched"], 4, "the good state is still compared");
    let missing = tollgate(&repo_root(), &["drift", "testdata/drift/aws", "--live", "nope/"]);
    assert_eq!(missing.code, 2);
}

#[test]
fn write_ignore_then_rerun_is_clean_and_negation_brings_drift_back() {
    let repo = TempRepo::new();
    let source = repo_root().join("testdata/drift/aws");
    for name in ["main.tf", "live/terraform.tfstate", "live/inventory.json"] {
        repo.write(name, std::fs::read(source.join(name)).expect("fixture"));
    }
    let write = tollgate(repo.path(), &["drift", ".", "--live", "live", "--write-ignore"]);
    assert_eq!(write.code, 0, "{}", write.stderr);
    let ignore = std::fs::read_to_string(repo.path().join(".tollgate-driftignore")).expect("written");
    assert!(ignore.contains("aws_instance.app[[]1[]]  # missing"), "{ignore}");
    assert!(ignore.contains("aws_s3_bucket.logs:tags.owner  # changed"), "{ignore}");
    let rerun = tollgate(repo.path(), &["drift", ".", "--live", "live", "-f", "json"]);
    assert_eq!(rerun.code, 0, "{}", rerun.stdout);
    let report = rerun.json();
    assert_eq!((report["summary"]["result"].as_str(), report["summary"]["ignored"].as_u64()), (Some("clean"), Some(6)));

    repo.write(".tollgate-driftignore", format!("{ignore}!aws_s3_bucket.*\n"));
    let report = tollgate(repo.path(), &["drift", ".", "--live", "live", "-f", "json"]).json();
    let changed: Vec<&str> =
        report["changed"].as_array().into_iter().flatten().filter_map(|c| c["attribute"].as_str()).collect();
    assert_eq!(changed, vec!["tags.owner"]);
    repo.write("bad-ignore", "ok\n[unclosed\n");
    let bad = tollgate(repo.path(), &["drift", ".", "--live", "live", "--ignore-file", "bad-ignore"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("bad-ignore:2:1"), "{}", bad.stderr);
}

#[test]
fn the_snapshot_fixture_follows_the_snapshot_schema() {
    let text = std::fs::read_to_string(repo_root().join("testdata/drift/aws/live/inventory.json")).expect("fixture");
    validate("schemas/snapshot.schema.json", &serde_json::from_str(&text).expect("JSON"));
}

#[test]
fn aws_config_items_and_cloud_asset_inventory_exports() {
    let (code, report) = drift("inventory", &["live"], &[]);
    assert_eq!(code, 1);
    // Identity and tags are compared; the exports' other attributes (API-shaped) are not.
    assert_eq!(report["summary"]["matched"], 4, "{report:#}");
    assert_json_snapshot!("drift_inventory", report);
}
