//! `baseline create` and `check --baseline`: only findings not in the baseline fail.

use crate::support::{PUBLIC_BUCKET, TempRepo, active, tollgate};

#[test]
fn baseline_accepts_existing_findings_and_catches_new_ones() {
    let repo = TempRepo::new();
    repo.write("main.tf", PUBLIC_BUCKET);
    let created = tollgate(repo.path(), &["baseline", "create", ".", "--output", "baseline.json"]);
    assert_eq!(created.code, 0, "{}", created.stderr);
    let (run, report) = repo.check_json(&["--baseline", "baseline.json"]);
    assert_eq!(run.code, 0, "{report:#}");
    assert!(report["findings"].as_array().is_some_and(|f| f.iter().all(|f| f["baselined"] == true)));
    assert_eq!(report["summary"]["baselined"], 2);

    // Moving the resource to other lines keeps its fingerprint; a new resource is new.
    repo.write(
        "main.tf",
        format!("\n\n# moved down\n{PUBLIC_BUCKET}\nresource \"aws_ebs_volume\" \"v\" {{\n  size = 1\n  type = \"gp3\"\n}}\n"),
    );
    let (run, report) = repo.check_json(&["--baseline", "baseline.json"]);
    assert_eq!(run.code, 1);
    assert_eq!(active(&report), vec![("AWS003".to_owned(), "main.tf".to_owned(), 9)]);
}

#[test]
fn fingerprints_survive_moving_a_resource_to_another_file_of_the_module() {
    let repo = TempRepo::new();
    repo.write("infra/main.tf", PUBLIC_BUCKET);
    let (_, before) = repo.check_json(&[]);
    std::fs::remove_file(repo.path().join("infra/main.tf")).expect("rm");
    repo.write("infra/buckets.tf", format!("# buckets\n{PUBLIC_BUCKET}"));
    let (_, after) = repo.check_json(&[]);
    let prints = |r: &serde_json::Value| -> Vec<String> {
        let mut p: Vec<String> = r["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|f| f["fingerprint"].as_str().unwrap_or("").to_owned())
            .collect();
        p.sort();
        p
    };
    assert_eq!(prints(&before), prints(&after));
    assert!(!prints(&before).is_empty());
}

#[test]
fn a_missing_baseline_is_an_error() {
    let repo = TempRepo::new();
    assert_eq!(tollgate(repo.path(), &["check", ".", "--baseline", "nope.json"]).code, 2);
}
