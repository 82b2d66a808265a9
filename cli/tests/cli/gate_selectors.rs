//! A selector that selects nothing must not switch the gate off: an unknown framework, rule id, tag
//! or severity in `--framework`, `enable`, `disable` or `severity` is an error (exit 2) naming it and
//! the closest known names; the summary counts the rules that ran, and a framework nothing was judged
//! by scores "n/a", not 100%.

use crate::support::{PUBLIC_BUCKET, TempRepo, tollgate, validate};

fn errors(report: &serde_json::Value) -> Vec<String> {
    report["errors"].as_array().into_iter().flatten().map(|e| e["message"].as_str().unwrap_or("").to_owned()).collect()
}

#[test]
fn an_unknown_framework_fails_the_run_and_names_the_closest() {
    let repo = TempRepo::new();
    repo.write("main.tf", PUBLIC_BUCKET);
    let (run, report) = repo.check_json(&["--framework", "pci-dss-v5"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    validate("schemas/report.schema.json", &report);
    let messages = errors(&report);
    assert_eq!(messages.len(), 1, "{messages:#?}");
    assert!(messages[0].contains("`pci-dss-v5`") && messages[0].contains("did you mean `pci-dss-v4`"), "{messages:?}");
    assert_eq!(report["summary"]["rules"], 0, "no rule ran, and the summary says so");

    let (run, report) = repo.check_json(&["--framework", "nope"]);
    assert_eq!(run.code, 2);
    assert!(errors(&report)[0].contains("the loaded rules map to: cis-aws-v3.0"), "{:?}", errors(&report));

    let list = tollgate(repo.path(), &["rules", "list", "--framework", "nope"]);
    assert_eq!(list.code, 2, "{}", list.stderr);
    assert!(list.stderr.contains("`nope` is a framework no loaded rule maps to"), "{}", list.stderr);
    let list = tollgate(repo.path(), &["rules", "list", "--platform", "aws-cloud"]);
    assert_eq!(list.code, 2, "{}", list.stderr);
    assert!(list.stderr.contains("aws, azure"), "{}", list.stderr);
    assert_eq!(tollgate(repo.path(), &["rules", "list", "--framework", "pci-dss"]).code, 0);
}

#[test]
fn config_entries_that_select_nothing_fail_the_run_at_their_line() {
    let repo = TempRepo::new();
    repo.write("main.tf", PUBLIC_BUCKET);
    for (config, line, named, hint) in [
        ("rules:\n  enable: [pci-dss-v5]\n", 2, "`pci-dss-v5`", "`pci-dss-v4`"),
        ("rules:\n  enable:\n    - AWS001\n    - AWS9999\n", 4, "`AWS9999`", "did you mean"),
        ("rules:\n  disable: ['tag:s3-publik']\n", 2, "`tag:s3-publik`", ""),
        ("rules:\n  severity:\n    AWS0001: low\n", 3, "`AWS0001`", "`AWS001`"),
        ("overrides:\n  - paths: [prod/**]\n    rules: {enable: [soc-2]}\n", 3, "`soc-2`", "`soc2`"),
    ] {
        repo.write(".tollgate.yaml", config);
        let (run, report) = repo.check_json(&[]);
        assert_eq!(run.code, 2, "{config}: {}", run.stderr);
        let found = &report["errors"][0];
        assert_eq!(found["kind"], "config", "{config}: {report:#}");
        assert_eq!(found["line"], line, "{config}: {found:#}");
        let message = found["message"].as_str().unwrap_or("");
        assert!(message.contains(named) && message.contains(hint), "{config}: {message}");
    }
}

#[test]
fn the_summary_counts_the_rules_that_ran() {
    let repo = TempRepo::new();
    repo.write("main.tf", PUBLIC_BUCKET);
    repo.write(".tollgate.yaml", "rules:\n  enable: [AWS001, AWS002]\n");
    let (run, report) = repo.check_json(&[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(report["summary"]["rules"], 2, "{:#}", report["summary"]);
    let ids: Vec<&str> = report["rules"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["AWS001", "AWS002"]);
    // An override that turns a rule on somewhere makes it run.
    repo.write(
        ".tollgate.yaml",
        "rules:\n  enable: [AWS001]\noverrides:\n  - paths: [prod/**]\n    rules: {enable: [AWS002]}\n",
    );
    let (_, report) = repo.check_json(&[]);
    assert_eq!(report["summary"]["rules"], 2, "{:#}", report["summary"]);
}

#[test]
fn a_framework_nothing_was_judged_by_scores_not_applicable() {
    let repo = TempRepo::new();
    repo.write(
        "pod.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n",
    );
    let (_, report) = repo.check_json(&["--framework", "cis-aws"]);
    validate("schemas/report.schema.json", &report);
    let cis = &report["posture"][0];
    let controls = cis["controls"].as_array().unwrap();
    assert!(!controls.is_empty() && controls.iter().all(|c| c["status"] == "not_evaluated"), "{cis:#}");
    assert!(cis["score"].is_null(), "nothing evaluated is not 100%: {cis:#}");
    let markdown = tollgate(repo.path(), &["check", ".", "--framework", "cis-aws", "-f", "markdown"]);
    assert!(markdown.stdout.contains("| `cis-aws-v3.0` | n/a |"), "{}", markdown.stdout);
}
