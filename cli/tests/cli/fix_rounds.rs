//! Fixes that touch one place compose: several rules' fixes of one container each add a key of its
//! missing `securityContext`; they are verified in rounds, each planned against the text the earlier
//! ones produced, so the written manifest has one `securityContext` holding every key.

use serde_json::Value;

use crate::support::{TempRepo, tollgate, validate};

const DEPLOYMENT: &str = r#"# The web front end.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.4.2 # pinned by release
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {cpu: 500m, memory: 256Mi}
"#;

const CONTAINER_RULES: [&str; 4] = ["K8S004", "K8S010", "K8S011", "K8S012"];

fn rule_ids(repo: &TempRepo) -> Vec<String> {
    let (_, report) = repo.check_json(&[]);
    let findings = report["findings"].as_array().expect("findings");
    findings.iter().map(|f| f["rule_id"].as_str().expect("rule id").to_owned()).collect()
}

#[test]
fn fixes_of_one_missing_mapping_compose_in_rounds() {
    let repo = TempRepo::new();
    repo.write("deploy.yaml", DEPLOYMENT);
    let before = rule_ids(&repo);
    assert!(CONTAINER_RULES.iter().all(|id| before.iter().any(|b| b == id)), "{before:?}");

    let run = tollgate(repo.path(), &["fix", ".", "--write", "-f", "json"]);
    let report: Value = run.json();
    validate("schemas/fix.schema.json", &report);
    let fixes = report["fixes"].as_array().unwrap();
    for id in CONTAINER_RULES {
        let fix = fixes.iter().find(|f| f["rule_id"] == id).unwrap_or_else(|| panic!("{id}: {report:#}"));
        assert_eq!(fix["status"], "verified", "{fix:#}");
        assert_eq!(fix["line"], 18, "a fix keeps the line of the finding in the original file: {fix:#}");
    }
    assert_eq!(run.code, 0, "{report:#}");

    let written = std::fs::read_to_string(repo.path().join("deploy.yaml")).unwrap();
    assert!(written.starts_with(DEPLOYMENT), "the original lines are untouched:\n{written}");
    assert_eq!(written.matches("securityContext:").count(), 1, "{written}");
    let added = &written[DEPLOYMENT.len()..];
    for key in ["allowPrivilegeEscalation: false", "readOnlyRootFilesystem: true", "runAsNonRoot: true"] {
        assert!(added.contains(&format!("\n            {key}\n")), "{key} under the one securityContext:\n{added}");
    }
    let after = rule_ids(&repo);
    assert!(CONTAINER_RULES.iter().all(|id| !after.iter().any(|a| a == id)), "{after:?}");
    assert!(after.iter().all(|a| before.contains(a)), "no new finding: {after:?}");
}
