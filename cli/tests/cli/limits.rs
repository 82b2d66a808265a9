//! Limits set in `.tollgate.yaml` (`limits:`): each one reached is an error for its file or rule while
//! the rest is checked; the same files pass under the defaults; `--max-file-size` wins; a depth above
//! what the parsers can take is a config error; with `--base` a pull request cannot raise its own limits.

use serde_json::Value;

use crate::git::git;
use crate::support::{PUBLIC_BUCKET, TempRepo, tollgate};

const LIMITS: &str = "limits:
  max_file_size: 4096
  yaml_documents: 3
  yaml_depth: 8
  yaml_aliases: 3
  hcl_depth: 6
  instances: 5
  module_depth: 2
  rule_seconds: 0.2
";

/// Files that each reach one of `LIMITS` (and none of the defaults), and a public bucket.
fn repo() -> TempRepo {
    let repo = TempRepo::new();
    let pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n";
    let nested: String = (0..10).map(|depth| format!("{}k{depth}:\n", "  ".repeat(depth))).collect();
    repo.write("good.tf", PUBLIC_BUCKET)
        .write("big.yaml", format!("{pod}# {}\n", "x".repeat(5000)))
        .write("docs.yaml", [pod; 4].join("---\n"))
        .write("deep.yaml", format!("{nested}{}v: 1\n", "  ".repeat(10)))
        .write("aliases.yaml", "base: &b {a: 1}\nx1: *b\nx2: *b\nx3: *b\nx4: *b\nx5: *b\n")
        .write("hcl/main.tf", "locals {\n  deep = [[[[[[[[1]]]]]]]]\n}\n")
        .write("count/main.tf", "resource \"aws_sqs_queue\" \"q\" {\n  count = 6\n  name  = \"q\"\n}\n")
        .write("mods/main.tf", "module \"a\" {\n  source = \"./a\"\n}\n")
        .write("mods/a/main.tf", "module \"b\" {\n  source = \"./b\"\n}\n")
        .write("mods/a/b/main.tf", "module \"c\" {\n  source = \"./c\"\n}\n")
        .write("mods/a/b/c/main.tf", "resource \"aws_sqs_queue\" \"deepest\" {\n  name = \"d\"\n}\n")
        .write(
            "policy/slow.rego",
            "package slow\n\nimport rego.v1\n\ndeny contains \"never\" if {\n\tinput.type == \"aws_s3_bucket\"\n\tsome a in numbers.range(1, 100000)\n\tsome b in numbers.range(1, 100000)\n\ta * b == -1\n}\n",
        );
    repo
}

/// Each error as "file: message".
fn errors(report: &Value) -> Vec<String> {
    let errors = report["errors"].as_array().into_iter().flatten();
    errors.map(|e| format!("{}: {}", e["file"].as_str().unwrap_or(""), e["message"].as_str().unwrap_or(""))).collect()
}

fn has(errors: &[String], file: &str, words: &str) -> bool {
    errors.iter().any(|e| e.starts_with(&format!("{file}:")) && e.to_lowercase().contains(words))
}

#[test]
fn each_configured_limit_is_an_error_for_its_file_and_the_rest_is_checked() {
    let repo = repo();
    repo.write(".tollgate.yaml", LIMITS);
    let run = tollgate(repo.path(), &["check", ".", "--policy", "policy", "--format", "json", "--no-cache"]);
    let report = run.json();
    assert_eq!(run.code, 2, "{report:#}");
    let found = errors(&report);
    assert!(has(&found, "big.yaml", "4096"), "{found:#?}");
    assert!(has(&found, "docs.yaml", "more than 3 documents (limits.yaml_documents)"), "{found:#?}");
    assert!(has(&found, "deep.yaml", "more than 8 levels of nesting (limits.yaml_depth)"), "{found:#?}");
    assert!(has(&found, "aliases.yaml", "more than 3 aliases"), "{found:#?}");
    assert!(has(&found, "hcl/main.tf", "limits.hcl_depth"), "{found:#?}");
    assert!(has(&found, "count/main.tf", "limits.instances"), "{found:#?}");
    assert!(has(&found, "mods/a/b/main.tf", "limits.module_depth"), "{found:#?}");
    assert!(found.iter().any(|e| e.contains("slow") && e.contains("time")), "{found:#?}");
    let rules: Vec<&str> =
        report["findings"].as_array().into_iter().flatten().filter_map(|f| f["rule_id"].as_str()).collect();
    assert!(rules.contains(&"AWS001"), "the rest is checked: {rules:?}");

    // Under the defaults the same files are fine (the slow rule aside, which the default 5 s also stops).
    std::fs::remove_file(repo.path().join(".tollgate.yaml")).unwrap();
    let report = tollgate(repo.path(), &["check", ".", "--format", "json", "--no-cache"]).json();
    assert_eq!(errors(&report), Vec::<String>::new());
}

#[test]
fn the_command_line_file_size_wins_over_the_config() {
    let repo = repo();
    repo.write(".tollgate.yaml", LIMITS);
    let report = tollgate(repo.path(), &["check", "big.yaml", "--max-file-size", "100000", "--format", "json"]).json();
    assert_eq!(errors(&report), Vec::<String>::new());
    let report = tollgate(repo.path(), &["check", "big.yaml", "--max-file-size", "100", "--format", "json"]).json();
    assert!(has(&errors(&report), "big.yaml", "100"), "{report:#}");
}

#[test]
fn limits_the_parsers_cannot_take_are_config_errors() {
    for (config, key) in [("limits:\n  yaml_depth: 100000\n", "yaml_depth"), ("limits:\n  yaml_dept: 3\n", "yaml_dept")]
    {
        let repo = TempRepo::new();
        repo.write("good.tf", PUBLIC_BUCKET).write(".tollgate.yaml", config);
        let run = tollgate(repo.path(), &["check", "."]);
        assert_eq!(run.code, 2, "{config}: {}", run.stdout);
        assert!(run.stderr.contains(".tollgate.yaml") && run.stderr.contains(key), "{}", run.stderr);
    }
}

#[test]
fn a_pull_request_cannot_raise_its_own_limits() {
    let repo = TempRepo::new();
    git(repo.path(), &["init", "-q", "-b", "main"]);
    repo.write(".tollgate.yaml", "limits:\n  max_file_size: 4096\n").write("good.tf", PUBLIC_BUCKET);
    git(repo.path(), &["add", "-A"]);
    git(repo.path(), &["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "base"]);
    let big = format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  x: \"{}\"\n", "x".repeat(5000));
    repo.write(".tollgate.yaml", "limits:\n  max_file_size: 100000000\n").write("big.yaml", big);
    let run = tollgate(repo.path(), &["check", "--base", "HEAD", "--format", "json"]);
    let report = run.json();
    assert_eq!(run.code, 2, "{report:#}");
    assert!(has(&errors(&report), "big.yaml", "4096"), "{report:#}");
    let warnings = report["warnings"].as_array().into_iter().flatten();
    assert!(warnings.filter_map(|w| w["file"].as_str()).any(|f| f == ".tollgate.yaml"), "{report:#}");
}
