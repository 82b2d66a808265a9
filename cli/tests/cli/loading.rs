//! What gets loaded: .gitignore, skipped directories, config globs, Helm and Kustomize, formats by content.

use crate::support::{PUBLIC_BUCKET, TempRepo, active};

#[test]
fn gitignore_terraform_dirs_and_excludes_are_respected() {
    let repo = TempRepo::new();
    repo.write(".gitignore", "generated/\n")
        .write("main.tf", PUBLIC_BUCKET)
        .write("generated/main.tf", PUBLIC_BUCKET)
        .write(".terraform/modules/x/main.tf", PUBLIC_BUCKET)
        .write("node_modules/pkg/main.tf", PUBLIC_BUCKET)
        .write("examples/demo/main.tf", PUBLIC_BUCKET)
        .write(".tollgate.yaml", "exclude: [\"examples/**\"]\n");
    let (_, report) = repo.check_json(&[]);
    let mut files: Vec<String> = active(&report).into_iter().map(|(_, file, _)| file).collect();
    files.dedup();
    assert_eq!(files, vec!["main.tf"], "{report:#}");
    assert!(report["skipped"].as_array().into_iter().flatten().any(|s| s["file"] == "examples/demo/main.tf"));
}

#[test]
fn include_globs_limit_the_scan() {
    let repo = TempRepo::new();
    repo.write("infra/main.tf", PUBLIC_BUCKET)
        .write("other/main.tf", PUBLIC_BUCKET)
        .write(".tollgate.yaml", "include: [\"infra/**\"]\n");
    let (_, report) = repo.check_json(&[]);
    let mut files: Vec<String> = active(&report).into_iter().map(|(_, file, _)| file).collect();
    files.dedup();
    assert_eq!(files, vec!["infra/main.tf"]);
}

#[test]
fn helm_templates_are_rendered_and_kustomize_files_set_aside() {
    let repo = TempRepo::new();
    repo.write("chart/Chart.yaml", "apiVersion: v2\nname: c\nversion: 0.1.0\n")
        .write("chart/templates/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\n")
        .write("overlay/kustomization.yaml", "resources: [../base]\n")
        .write("unknown.yaml", "name: ci\non: push\n")
        .write("notes.txt", "not scanned\n");
    let (run, report) = repo.check_json(&[]);
    assert_eq!(run.code, 0, "{report:#}");
    assert_eq!(report["summary"]["helm_templates_skipped"], 0);
    assert_eq!(report["summary"]["resources"], 1, "the rendered Pod: {report:#}");
    assert!(report["warnings"].as_array().unwrap().iter().all(|w| w["code"] != "helm-not-rendered"), "{report:#}");
    assert_eq!(report["summary"]["files_unknown_format"], 1);
    let reasons: Vec<String> =
        report["skipped"].as_array().into_iter().flatten().map(|s| format!("{} {}", s["file"], s["reason"])).collect();
    assert!(reasons.iter().any(|r| r.contains("kustomization.yaml") && r.contains("Kustomize")), "{reasons:?}");
    assert!(reasons.iter().any(|r| r.contains("unknown.yaml") && r.contains("no known format")), "{reasons:?}");
}

#[test]
fn formats_are_told_by_content() {
    let repo = TempRepo::new();
    repo.write(
        "list.yaml",
        "apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: a}\n    spec:\n      hostNetwork: true\n",
    )
    .write("stack.json", "{\"Resources\": {\"B\": {\"Type\": \"AWS::S3::Bucket\", \"Properties\": {\"AccessControl\": \"PublicRead\"}}}}\n")
    .write("main.tf.json", "{\"resource\": {\"aws_s3_bucket\": {\"b\": {\"acl\": \"public-read\"}}}}\n")
    .write(
        "terraform.tfstate",
        "{\"version\": 4, \"terraform_version\": \"1.5.0\", \"resources\": [{\"mode\": \"managed\", \"type\": \"aws_db_instance\", \"name\": \"db\", \"instances\": [{\"attributes\": {\"publicly_accessible\": true, \"storage_encrypted\": true, \"deletion_protection\": true}}]}]}\n",
    )
    .write("vars.tfvars", "region = \"eu-west-1\"\n");
    let (_, report) = repo.check_json(&[]);
    let mut found: Vec<(String, String)> = active(&report).into_iter().map(|(rule, file, _)| (rule, file)).collect();
    found.sort();
    assert_eq!(
        found,
        vec![
            ("AWS001".to_owned(), "main.tf.json".to_owned()),
            ("AWS001".to_owned(), "stack.json".to_owned()),
            ("AWS004".to_owned(), "terraform.tfstate".to_owned()),
            ("AWS005".to_owned(), "main.tf.json".to_owned()),
            ("AWS093".to_owned(), "terraform.tfstate".to_owned()),
            // The state's instance records no Performance Insights, Multi-AZ, snapshot tags or monitoring.
            ("AWS112".to_owned(), "terraform.tfstate".to_owned()),
            ("AWS114".to_owned(), "terraform.tfstate".to_owned()),
            ("AWS115".to_owned(), "terraform.tfstate".to_owned()),
            ("AWS116".to_owned(), "terraform.tfstate".to_owned()),
            ("K8S003".to_owned(), "list.yaml".to_owned()),
            ("K8S013".to_owned(), "list.yaml".to_owned()),
            ("K8S046".to_owned(), "list.yaml".to_owned()),
        ]
    );
    assert_eq!(report["summary"]["files_scanned"], 5);
}

#[test]
fn progress_stays_off_when_stderr_is_not_a_terminal() {
    let repo = TempRepo::new();
    repo.write("main.tf", PUBLIC_BUCKET);
    let (run, _) = repo.check_json(&[]);
    assert!(run.stderr.is_empty(), "stderr: {:?}", run.stderr);
}
