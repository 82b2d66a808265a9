//! User policies: Conftest-style directories (v0 and v1 Rego), compile errors located, runtime errors
//! reported while other rules still run, `--no-builtin`.

use crate::support::{PUBLIC_BUCKET, TempRepo, active, tollgate};

#[test]
fn user_policies_run_with_and_without_the_builtin_pack() {
    let repo = TempRepo::new();
    repo.write("main.tf", PUBLIC_BUCKET)
        .write(
            "policy/tags.rego",
            "package main\n\ndeny[msg] {\n  input.type == \"aws_s3_bucket\"\n  not input.values.tags\n  msg := sprintf(\"%s has no tags\", [input.address])\n}\n",
        )
        .write(
            "policy/naming.rego",
            "# METADATA\n# title: Bucket names start with acme-\n# custom:\n#   id: ACME001\n#   severity: low\n#   resource_types: [aws_s3_bucket]\npackage acme.naming\n\nimport rego.v1\n\nwarn contains {\"msg\": \"bucket name lacks the acme- prefix\", \"attribute\": \"bucket\"} if {\n  not startswith(input.values.bucket, \"acme-\")\n}\n\ndeny_short contains msg if {\n  count(input.values.bucket) < 3\n  msg := \"too short\"\n}\n",
        );
    let (run, report) = repo.check_json(&["--no-builtin", "--policy", "policy"]);
    assert_eq!(run.code, 1, "{report:#}");
    assert_eq!(active(&report), vec![("main".to_owned(), "main.tf".to_owned(), 1)]);
    assert_eq!(report["summary"]["rules"], 2);
    let (_, with_builtin) = repo.check_json(&["--policy", "policy"]);
    let rules: Vec<String> = active(&with_builtin).into_iter().map(|(rule, _, _)| rule).collect();
    assert!(rules.contains(&"main".to_owned()) && rules.contains(&"AWS001".to_owned()), "{rules:?}");
    let list = tollgate(repo.path(), &["rules", "list", "--no-builtin", "--policy", "policy"]);
    assert!(list.stdout.contains("ACME001") && list.stdout.contains("main"), "{}", list.stdout);
}

#[test]
fn compile_errors_point_at_the_policy_and_other_rules_still_run() {
    let repo = TempRepo::new();
    repo.write("main.tf", PUBLIC_BUCKET)
        .write(
            "policy/broken.rego",
            "package broken\n\nimport rego.v1\n\ndeny contains msg if {\n  msg := unknown_var\n}\n",
        )
        .write("policy/syntax.rego", "package syntax\n\nimport rego.v1\n\ndeny contains msg if {\n  msg := 1 +\n}\n");
    let (run, report) = repo.check_json(&["--policy", "policy"]);
    assert_eq!(run.code, 2);
    let errors: Vec<(String, u64)> = report["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| (e["file"].as_str().unwrap_or("").to_owned(), e["line"].as_u64().unwrap_or(0)))
        .collect();
    assert_eq!(errors, vec![("policy/broken.rego".to_owned(), 6), ("policy/syntax.rego".to_owned(), 6)]);
    assert!(active(&report).iter().any(|(rule, _, _)| rule == "AWS001"), "built-in rules still ran");
}

#[test]
fn runtime_errors_are_reported_per_rule() {
    let repo = TempRepo::new();
    repo.write("main.tf", PUBLIC_BUCKET).write(
        "policy/number.rego",
        // Two values for one complete rule: an error in OPA too (a built-in given a bad type is undefined).
        "package number\n\nimport rego.v1\n\nsize := 1 if input.type == \"aws_s3_bucket\"\n\nsize := 2 if input.type == \"aws_s3_bucket\"\n\ndeny contains msg if {\n  msg := sprintf(\"%v\", [size])\n}\n",
    );
    let (run, report) = repo.check_json(&["--policy", "policy"]);
    assert_eq!(run.code, 2, "{report:#}");
    let error = &report["errors"][0];
    assert_eq!(error["kind"], "rule");
    assert_eq!(error["rule_id"], "number");
    assert!(error["message"].as_str().unwrap_or("").contains("aws_s3_bucket.site"), "{error:#}");
    assert!(active(&report).iter().any(|(rule, _, _)| rule == "AWS001"));
}

#[test]
fn a_policy_path_without_rego_is_an_error() {
    let repo = TempRepo::new();
    repo.write("main.tf", PUBLIC_BUCKET).write("policy/README.md", "nothing\n");
    let (run, report) = repo.check_json(&["--policy", "policy"]);
    assert_eq!(run.code, 2);
    assert!(report["errors"][0]["message"].as_str().unwrap_or("").contains("no Rego policies"));
}

/// A user rule imports the built-in helpers in `check` as in `rules test`: both compile it the same way.
#[test]
fn user_rules_import_the_built_in_helpers_in_check_and_rules_test() {
    let repo = TempRepo::new();
    let policy = "# METADATA\n# title: Ports open to anyone\n# description: An ingress rule admits the internet.\n# custom:\n#   remediation: Narrow the CIDR blocks.\n#   id: ACME010\n#   severity: high\n#   resource_types: [aws_security_group]\npackage acme.open_ports\n\nimport data.tollgate.lib\nimport rego.v1\n\ndeny contains {\"msg\": \"open to the internet\", \"attribute\": \"ingress\"} if {\n  some rule in lib.list(input.values, \"ingress\")\n  some cidr in rule.cidr_blocks\n  lib.is_public(cidr)\n}\n";
    let group = |cidr: &str| {
        format!(
            "resource \"aws_security_group\" \"g\" {{\n  ingress {{\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"{cidr}\"]\n  }}\n}}\n"
        )
    };
    repo.write("infra/main.tf", group("0.0.0.0/0"))
        .write("rules/open-ports/policy.rego", policy)
        .write("rules/open-ports/fixtures/fail_open.tf", group("0.0.0.0/0"))
        .write("rules/open-ports/fixtures/pass_office.tf", group("10.0.0.0/8"))
        .write(
            "rules/open-ports/policy_test.rego",
            "package acme.open_ports_test\n\nimport data.acme.open_ports\nimport rego.v1\n\ntest_open if {\n  count(open_ports.deny) == 1 with input as {\"values\": {\"ingress\": [{\"cidr_blocks\": [\"0.0.0.0/0\"]}]}}\n}\n",
        );
    let run = tollgate(repo.path(), &["check", "infra", "--no-builtin", "--policy", "rules/open-ports", "-f", "json"]);
    let report = run.json();
    assert_eq!(run.code, 1, "{}\n{report:#}", run.stderr);
    assert_eq!(active(&report), vec![("ACME010".to_owned(), "infra/main.tf".to_owned(), 2)], "{report:#}");
    let tested = tollgate(repo.path(), &["rules", "test", "rules"]);
    assert_eq!(tested.code, 0, "{}{}", tested.stdout, tested.stderr);
}
