//! Null against empty values as Terraform records them (`tags` once `null`, once `{}`), at every
//! depth: drift with `--strict-empty`, otherwise set aside and counted (`cosmetic`), never dropped
//! unseen; and a refresh-only plan's own `resource_drift` held against the report.

use insta::assert_json_snapshot;
use serde_json::Value;

use crate::support::{repo_root, tollgate, validate};

/// `tollgate drift ARGS` as JSON (exit code and report, schema-checked) and as the human report.
fn drift(args: &[&str]) -> (i32, Value, String) {
    let with = |format: &str| {
        let mut all = vec!["drift"];
        all.extend_from_slice(args);
        all.extend(["--format", format]);
        tollgate(&repo_root(), &all)
    };
    let run = with("json");
    let report = run.json();
    validate("schemas/drift.schema.json", &report);
    (run.code, report, with("human").stdout)
}

const DESIRED: &str = "testdata/drift/null-empty/desired.json";

#[test]
fn null_against_empty_is_counted_without_strict_empty_and_drift_with_it() {
    for live in ["live/plan.json", "live/terraform.tfstate"] {
        let live = format!("testdata/drift/null-empty/{live}");
        let (code, report, human) = drift(&["--desired", DESIRED, "--live", &live]);
        assert_eq!(code, 0, "{live}: {report:#}");
        assert_eq!(report["summary"]["cosmetic"], 3, "{live}: tags, root_block_device[0].tags, a list: {report:#}");
        assert_eq!(report["summary"]["changed_attributes"], 0);
        assert!(human.contains("3 null-versus-empty difference(s)"), "{human}");
        let name = if live.ends_with(".json") { "null_empty_plan" } else { "null_empty_tfstate" };
        assert_json_snapshot!(name, report);

        let (code, report, _) = drift(&["--desired", DESIRED, "--live", &live, "--strict-empty"]);
        assert_eq!(code, 1, "{live}: {report:#}");
        let attributes: Vec<&str> =
            report["changed"].as_array().unwrap().iter().map(|c| c["attribute"].as_str().unwrap()).collect();
        assert_eq!(attributes, ["root_block_device[0].tags", "tags", "vpc_security_group_ids"], "{report:#}");
        assert_eq!(report["summary"]["cosmetic"], 0);
        assert!(report.get("warnings").is_none(), "Terraform and tollgate agree: {report:#}");
        assert_json_snapshot!(format!("{name}_strict"), report);
    }
}

#[test]
fn terraforms_resource_drift_is_held_against_the_report() {
    // Without --strict-empty, Terraform lists the instance and tollgate sets its differences aside.
    let live = "testdata/drift/null-empty/live/plan.json";
    let (_, report, _) = drift(&["--desired", DESIRED, "--live", live]);
    let warnings = report["warnings"].as_array().expect("a warning");
    assert_eq!(warnings.len(), 1, "{report:#}");
    assert_eq!(warnings[0]["code"], "terraform-drift-disagrees");
    assert!(
        warnings[0]["message"]
            .as_str()
            .unwrap()
            .starts_with("aws_instance.app: Terraform's refresh-only plan lists it")
    );
    assert!(warnings[0]["message"].as_str().unwrap().contains("--strict-empty"));

    // Agreeing: Terraform's own equivalence-test plan.
    let (code, report, _) =
        drift(&["testdata/drift/refresh-only", "--live", "testdata/drift/refresh-only/live/plan.json"]);
    assert_eq!(code, 1);
    assert!(report.get("warnings").is_none(), "{report:#}");

    // Disagreeing both ways: a console change the code does not set, a code change not yet applied.
    let dir = "testdata/drift/refresh-only-disagrees";
    let (code, report, human) = drift(&[dir, "--live", &format!("{dir}/live/plan.json")]);
    assert_eq!(code, 1, "{report:#}");
    let messages: Vec<&str> =
        report["warnings"].as_array().unwrap().iter().map(|w| w["message"].as_str().unwrap()).collect();
    assert_eq!(messages.len(), 2, "{messages:#?}");
    assert!(messages[0].starts_with("aws_instance.app: Terraform's refresh-only plan lists it"), "{messages:#?}");
    assert!(messages[1].starts_with("aws_s3_bucket.site: tollgate reports drift that Terraform"), "{messages:#?}");
    assert!(human.contains("warning: aws_instance.app"), "{human}");
    assert_json_snapshot!("refresh_only_disagrees", report);
}
