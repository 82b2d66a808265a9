//! `.tollgate.yaml`: errors named by file, line and key; rule selection, severities and overrides.

use crate::support::{PUBLIC_BUCKET, TempRepo, tollgate};

#[test]
fn config_errors_name_file_line_and_key() {
    let repo = TempRepo::new();
    repo.write("main.tf", PUBLIC_BUCKET).write(".tollgate.yaml", "fail_on: high\nrules:\n  disabel: [AWS001]\n");
    let run = tollgate(repo.path(), &["check", "."]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains(".tollgate.yaml:3:3: unknown key `disabel` (key `rules.disabel`)"), "{}", run.stderr);

    repo.write(".tollgate.yaml", "fail_on: urgent\n");
    let run = tollgate(repo.path(), &["check", "."]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains(".tollgate.yaml:1:10") && run.stderr.contains("fail_on"), "{}", run.stderr);

    repo.write("custom.yaml", "waivers:\n  - rule: AWS001\n");
    let run = tollgate(repo.path(), &["check", ".", "--config", "custom.yaml"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("custom.yaml:2:") && run.stderr.contains("reason"), "{}", run.stderr);
}

#[test]
fn usage_errors_exit_2() {
    let repo = TempRepo::new();
    assert_eq!(tollgate(repo.path(), &["check", "--format", "yaml"]).code, 2);
    assert_eq!(tollgate(repo.path(), &["check", "--fail-on", "urgent"]).code, 2);
    assert_eq!(tollgate(repo.path(), &["check", "--frobnicate"]).code, 2);
    assert_eq!(tollgate(repo.path(), &["check", "--output", "x.json", "--format", "json"]).code, 2);
    assert_eq!(tollgate(repo.path(), &["check", "--format", "json", "--format", "sarif"]).code, 2);
}

#[test]
fn rules_are_selected_by_id_tag_severity_and_overridden_per_path() {
    let repo = TempRepo::new();
    let sg = "resource \"aws_security_group\" \"s\" {\n  ingress {\n    description = \"ssh\"\n    from_port = 22\n    to_port = 22\n    protocol = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n";
    repo.write("infra/main.tf", PUBLIC_BUCKET)
        .write("infra/sg.tf", sg)
        .write("payments/main.tf", PUBLIC_BUCKET)
        .write("sandbox/sg.tf", sg)
        .write(
            ".tollgate.yaml",
            "rules:\n  disable: [s3, severity:medium]\n  severity:\n    AWS002: critical\noverrides:\n  - paths: [\"payments/**\"]\n    rules:\n      enable: [pci-dss-v4]\n  - paths: [\"sandbox/**\"]\n    rules:\n      severity: {AWS002: low}\n",
        );
    let (_, report) = repo.check_json(&[]);
    let findings = report["findings"].as_array().cloned().unwrap_or_default();
    let summary: Vec<String> =
        findings.iter().map(|f| format!("{} {} {}", f["rule_id"], f["file"], f["severity"])).collect();
    assert_eq!(
        summary,
        vec![
            "\"AWS002\" \"infra/sg.tf\" \"critical\"",
            "\"AWS001\" \"payments/main.tf\" \"high\"",
            "\"AWS002\" \"sandbox/sg.tf\" \"low\"",
        ],
        "tag `s3` disables AWS001 except where the payments override enables PCI rules; medium rules are off"
    );
}
