//! Inline ignores, Kubernetes annotations and config waivers (with expiry and unused-waiver warnings).

use crate::support::{PUBLIC_BUCKET, TempRepo, active};

#[test]
fn inline_comments_and_annotations_suppress_but_stay_reported() {
    let repo = TempRepo::new();
    repo.write(
        "main.tf",
        "resource \"aws_s3_bucket\" \"site\" {\n  bucket = \"acme-site\"\n  # tollgate:ignore=AWS001 public website, approved in SEC-7\n  acl    = \"public-read\"\n}\n",
    )
    .write(
        "pod.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    tollgate.dev/ignore: K8S003 node exporter\nspec:\n  hostNetwork: true\n  containers: []\n",
    );
    let (run, report2) = repo.check_json(&[]);
    let suppressed: Vec<(String, String, String)> = report2["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["suppressed"] == true)
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap_or("").into(),
                f["suppression"]["kind"].as_str().unwrap_or("").into(),
                f["suppression"]["reason"].as_str().unwrap_or("").into(),
            )
        })
        .collect();
    assert!(
        suppressed.contains(&("AWS001".into(), "inline".into(), "public website, approved in SEC-7".into())),
        "{suppressed:?}"
    );
    assert!(suppressed.contains(&("K8S003".into(), "inline".into(), "node exporter".into())), "{suppressed:?}");
    assert!(!active(&report2).iter().any(|(rule, _, _)| rule == "AWS001" || rule == "K8S003"));
    assert_eq!(report2["summary"]["suppressed"], 2);
    assert_eq!(run.code, 1, "AWS005 (no public access block) still fails");
}

#[test]
fn waivers_suppress_expire_and_report_unused() {
    let repo = TempRepo::new();
    repo.write("envs/dev/main.tf", PUBLIC_BUCKET).write("envs/prod/main.tf", PUBLIC_BUCKET).write(
        ".tollgate.yaml",
        "rules:\n  disable: [AWS005]\nwaivers:\n  - rule: AWS001\n    path: envs/dev/**\n    reason: dev site is public by design\n    expires: \"2099-01-01\"\n  - rule: AWS001\n    resource: aws_s3_bucket.*\n    path: envs/prod/**\n    reason: was approved once\n    expires: \"2020-01-01\"\n  - rule: GCP*\n    reason: no GCP here yet\n",
    );
    let (run, report) = repo.check_json(&[]);
    assert_eq!(run.code, 1);
    assert_eq!(
        active(&report),
        vec![("AWS001".to_owned(), "envs/prod/main.tf".to_owned(), 3)],
        "expired waiver no longer suppresses"
    );
    let dev = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|f| f["file"] == "envs/dev/main.tf")
        .cloned()
        .unwrap_or_default();
    assert_eq!(dev["suppression"]["kind"], "waiver");
    assert_eq!(dev["suppression"]["expires"], "2099-01-01");
    let warnings: Vec<(String, u64)> = report["warnings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|w| (w["code"].as_str().unwrap_or("").to_owned(), w["line"].as_u64().unwrap_or(0)))
        .collect();
    assert_eq!(warnings, vec![("expired-waiver".to_owned(), 8), ("unused-waiver".to_owned(), 13)]);
}
